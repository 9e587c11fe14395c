// Purpose: create or update ESCO skills (skills_en.csv, with collection tags). Parameters: $rows: [{id, props}].
// Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Skill {id: row.id})
SET n += row.props
RETURN count(n) AS merged
