// Purpose: skill-to-skill relations (skillSkillRelations.csv) with their importance.
// Parameters: $rows: [{from, to, importance}]. Returns: linked (count).
UNWIND $rows AS row
MATCH (a:Skill {id: row.from})
MATCH (b:Skill {id: row.to})
MERGE (a)-[r:RELATED_TO]->(b)
SET r.importance = row.importance
RETURN count(r) AS linked
