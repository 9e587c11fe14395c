// Purpose: occupation-skill relations (occupationSkillRelations.csv) as requirements with a default level.
// Parameters: $rows: [{role, skill, level, importance}]. Returns: linked (count).
UNWIND $rows AS row
MATCH (o:Role {id: row.role})
MATCH (s:Skill {id: row.skill})
MERGE (o)-[r:REQUIRES]->(s)
SET r.level = toInteger(row.level), r.importance = row.importance
RETURN count(r) AS linked
