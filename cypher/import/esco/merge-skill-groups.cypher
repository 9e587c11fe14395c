// Purpose: create or update ESCO skill groups (skillGroups_en.csv). Parameters: $rows: [{id, props}].
// Returns: merged (count).
UNWIND $rows AS row
MERGE (n:SkillGroup {id: row.id})
SET n += row.props
RETURN count(n) AS merged
