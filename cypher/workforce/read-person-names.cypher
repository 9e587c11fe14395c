// Purpose: the names of people the workforce index chose (supply's first holders). Parameters: $ids.
// Returns one row per person found: id, name.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name
