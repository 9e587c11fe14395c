// Purpose: the roles (with their requirements) and skill names a generated workforce is built on.
// Parameters: $taxonomy ('ESCO'). Returns: id, iscoGroup, requires: [{skillId, level, importance}], all ordered by id
// (a stable order keeps the generator deterministic whatever the store's layout).
MATCH (r:Role {taxonomy: $taxonomy})
CALL (r) {
  MATCH (r)-[q:REQUIRES]->(s:Skill)
  WITH q, s ORDER BY s.id
  RETURN collect({skillId: s.id, level: q.level, importance: q.importance}) AS requires
}
RETURN r.id AS id, coalesce(r.iscoGroup, '') AS iscoGroup, requires
ORDER BY id
