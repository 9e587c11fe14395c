// Purpose: benchmark input: one essential requirement whose level the after-change section toggles through the API
// (the first by role id and skill id, so every run changes the same one). Parameters: none.
// Returns at most one row: roleId, skillId, level.
MATCH (r:Role)-[q:REQUIRES]->(s:Skill)
  WHERE q.importance = 'ESSENTIAL'
RETURN r.id AS roleId, s.id AS skillId, q.level AS level
ORDER BY roleId, skillId
LIMIT 1
