// Purpose: every role's requirements, loaded once per role-profile version into skill tagging's co-occurrence index
// (skills that occupations need together re-rank a text's candidates). Parameters: none.
// Returns one row per role with requirements: roleId, skillIds, essential: [bool] (parallel to skillIds).
MATCH (r:Role)-[q:REQUIRES]->(s:Skill)
RETURN r.id AS roleId, collect(s.id) AS skillIds, collect(q.importance = 'ESSENTIAL') AS essential
