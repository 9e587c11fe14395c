// Purpose: create or update ESCO occupations (occupations_en.csv) as roles. Parameters: $rows: [{id, props}].
// Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Role {id: row.id})
SET n += row.props
RETURN count(n) AS merged
