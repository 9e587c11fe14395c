// Purpose: baseline for the GraphQL "page of 50 people with nested skills and credentials" (the same work, by hand).
// Parameters: $prefix (id prefix), $offset. Returns: id, name, email, skills: [{level, source, id, name}], credentials.
MATCH (p:Person) WHERE p.id STARTS WITH $prefix
WITH p ORDER BY p.id SKIP $offset LIMIT 50
CALL (p) {
  MATCH (p)-[e:HAS_SKILL]->(s:Skill)
  WITH e, s LIMIT 50
  RETURN collect({level: e.level, source: e.source, id: s.id, name: s.name}) AS skills
}
CALL (p) {
  MATCH (p)-[:HOLDS]->(c:Credential)
  WITH c LIMIT 50
  RETURN collect({id: c.id, title: c.title}) AS credentials
}
RETURN p.id AS id, p.name AS name, p.email AS email, skills, credentials
