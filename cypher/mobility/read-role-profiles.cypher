// Purpose: every role with its requirements, loaded once per profile version into the in-memory transition index
// (src/use-cases/mobility-catalogue.ts) behind adjacentRoles and careerPaths.
// Parameters: none. Returns one row per role, by id: id, title, iscoGroup, requirements: [{skillId, skillName, level, importance}].
MATCH (r:Role)
CALL (r) {
  MATCH (r)-[q:REQUIRES]->(s:Skill)
  RETURN collect({skillId: s.id, skillName: s.name, level: q.level, importance: q.importance}) AS requirements
}
RETURN r.id AS id, r.title AS title, r.iscoGroup AS iscoGroup, requirements
ORDER BY id
