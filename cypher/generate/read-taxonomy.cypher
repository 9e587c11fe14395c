// Purpose: the roles (with their requirements) and skill names a generated workforce is built on.
// Parameters: $taxonomy ('ESCO'). Returns: id, iscoGroup, requires: [{skillId, level, importance}], ordered by id.
MATCH (r:Role {taxonomy: $taxonomy})
CALL (r) {
  MATCH (r)-[q:REQUIRES]->(s:Skill)
  RETURN collect({skillId: s.id, level: q.level, importance: q.importance}) AS requires
}
RETURN r.id AS id, coalesce(r.iscoGroup, '') AS iscoGroup, requires
ORDER BY id
