// Purpose: create or update ISCO-08 groups (ISCOGroups_en.csv) as OccupationGroup nodes.
// Parameters: $rows: [{id, props}]. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:OccupationGroup {id: row.id})
SET n += row.props
RETURN count(n) AS merged
