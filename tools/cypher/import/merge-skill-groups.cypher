// Purpose: create or update skill groups of an imported taxonomy (ESCO skill groups, O*NET content-model groups).
// Parameters: $rows: [{id, props}]. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:SkillGroup {id: row.id})
SET n += row.props
RETURN count(n) AS merged
