// Purpose: create or update skills of an imported taxonomy. Parameters: $rows: [{id, props}]. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Skill {id: row.id})
SET n += row.props
RETURN count(n) AS merged
