// Purpose: the people whose own writes (evidence, issued credentials) came after the workforce index's version, so
// that it re-reads only them. Parameters: $since (the 'people' version the index holds).
// Returns one row: ids.
// The seek is forced: without a value for $since (or with few people marked) the planner may scan the index instead.
MATCH (p:Person)
  USING INDEX SEEK p:Person(changeVersion)
  WHERE p.changeVersion > $since
RETURN collect(p.id) AS ids
