// Purpose: baseline for the GraphQL "page of 50 people with fitFor one role": the page itself, id and name only (what
// that query selects; the fit comes from cypher/people/read-skill-gaps.cypher).
// Parameters: $prefix (id prefix), $offset. Returns up to 50 rows by id: id, name.
MATCH (p:Person) WHERE p.id STARTS WITH $prefix
WITH p ORDER BY p.id SKIP $offset LIMIT 50
RETURN p.id AS id, p.name AS name
