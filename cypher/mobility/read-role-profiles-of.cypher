// Purpose: the given roles with their requirements, as cypher/mobility/read-role-profiles.cypher reads every role:
// the roles whose digest changed since the last load (src/use-cases/mobility-catalogue.ts).
// Parameters: $ids. Returns one row per role that exists, by id: id, title, iscoGroup, requirements: [{skillId, skillName,
// level, importance}].
MATCH (r:Role)
  WHERE r.id IN $ids
CALL (r) {
  MATCH (r)-[q:REQUIRES]->(s:Skill)
  RETURN collect({skillId: s.id, skillName: s.name, level: q.level, importance: q.importance}) AS requirements
}
RETURN r.id AS id, r.title AS title, r.iscoGroup AS iscoGroup, requirements
ORDER BY id
