// Purpose: create or update occupations of an imported taxonomy as roles. Parameters: $rows: [{id, props}].
// Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Role {id: row.id})
SET n += row.props
RETURN count(n) AS merged
