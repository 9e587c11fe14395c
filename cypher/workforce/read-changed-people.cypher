// Purpose: the people whose own writes (evidence, issued credentials) came after the workforce index's version, so
// that it re-reads only them. Parameters: $since (the 'people' version the index holds).
// Returns one row: ids.
MATCH (p:Person)
  WHERE p.changeVersion > $since
RETURN collect(p.id) AS ids
