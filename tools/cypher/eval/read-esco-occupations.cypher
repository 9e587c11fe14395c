// Purpose: every ESCO occupation with its title, description, ISCO-08 group and required skills, for the mobility evaluation
// (test/eval/mobility.ts). Parameters: none.
// Returns one row per occupation, by id: id, title, description, iscoGroup, skillIds, essential (parallel to skillIds).
MATCH (r:Role)
  WHERE r.taxonomy = 'ESCO'
CALL (r) {
  OPTIONAL MATCH (r)-[q:REQUIRES]->(s:Skill)
  RETURN collect(s.id) AS skillIds, collect(q.importance = 'ESSENTIAL') AS essential
}
RETURN r.id AS id, r.title AS title, r.description AS description, r.iscoGroup AS iscoGroup, skillIds, essential
ORDER BY id
