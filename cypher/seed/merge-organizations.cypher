// Purpose: create or update organisations (employers, training providers, credential issuers, partners).
// Parameters: $rows: [{id, props}]. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
SET n += row.props
RETURN count(n) AS merged
