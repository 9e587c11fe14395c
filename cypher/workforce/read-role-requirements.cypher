// Purpose: a role's requirements, for ranking people against it on the workforce index. Parameters: $roleId.
// Returns one row: roleFound, roleTitle, requirements: [{skillId, skillName, level, importance}].
OPTIONAL MATCH (r:Role {id: $roleId})
CALL (r) {
  OPTIONAL MATCH (r)-[q:REQUIRES]->(s:Skill)
  RETURN collect({skillId: s.id, skillName: s.name, level: q.level, importance: q.importance}) AS requirements
}
RETURN r IS NOT NULL AS roleFound, r.title AS roleTitle, requirements
