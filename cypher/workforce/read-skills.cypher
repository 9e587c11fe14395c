// Purpose: the skills a request names, to check they exist and to name them. Parameters: $skillIds.
// Returns one row per existing skill: skillId, skillName.
UNWIND $skillIds AS skillId
MATCH (s:Skill {id: skillId})
RETURN s.id AS skillId, s.name AS skillName
