// Purpose: a taxonomy's skill hierarchy: skill or group -> broader skill or group (a poly-hierarchy).
// Parameters: $rows: [{narrower, broader}]. Both ends exist (checked before loading). Returns: linked (count).
UNWIND $rows AS row
MATCH (n:Skill|SkillGroup {id: row.narrower})
MATCH (b:Skill|SkillGroup {id: row.broader})
MERGE (n)-[r:BROADER]->(b)
RETURN count(r) AS linked
