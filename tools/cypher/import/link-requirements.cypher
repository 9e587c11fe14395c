// Purpose: occupation-skill requirements with level (1-5) and importance, plus source-specific properties
// (O*NET's raw importance and level, technology flags). Parameters: $rows: [{role, skill, level, importance,
// extra: map}]. Returns: linked (count).
UNWIND $rows AS row
MATCH (o:Role {id: row.role})
MATCH (s:Skill {id: row.skill})
MERGE (o)-[r:REQUIRES]->(s)
SET r.level = toInteger(row.level), r.importance = row.importance, r += row.extra
RETURN count(r) AS linked
