// Purpose: a role's requirements, for ranking people against it on the workforce index. Parameters: $roleId.
// Returns one row: roleFound, roleTitle, requirements: [{skillId, skillName, level, importance, narrowerIds (the
// skill's narrower skills, one level down, for narrower credit)}].
OPTIONAL MATCH (r:Role {id: $roleId})
CALL (r) {
  OPTIONAL MATCH (r)-[q:REQUIRES]->(s:Skill)
  RETURN collect({skillId: s.id, skillName: s.name, level: q.level, importance: q.importance,
                  narrowerIds: [(n:Skill)-[:BROADER]->(s) | n.id]}) AS requirements
}
RETURN r IS NOT NULL AS roleFound, r.title AS roleTitle, requirements
