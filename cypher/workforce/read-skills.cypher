// Purpose: the skills a request names, to check they exist and to name them, with their narrower skills (one level
// down) for requests that credit them. Parameters: $skillIds.
// Returns one row per existing skill: skillId, skillName, narrowerIds.
UNWIND $skillIds AS skillId
MATCH (s:Skill {id: skillId})
RETURN s.id AS skillId, s.name AS skillName, [(n:Skill)-[:BROADER]->(s) | n.id] AS narrowerIds
