// Purpose: benchmark inputs: each team's needed skills as composeTeam requirements (read once per run).
// Parameters: none. Returns one row per team with needs: id, requirements: [{skillId, minLevel, count}].
MATCH (t:Team)-[n:NEEDS]->(s:Skill)
WITH t, collect({skillId: s.id, minLevel: n.level, count: n.count}) AS requirements
ORDER BY t.id
RETURN t.id AS id, requirements
