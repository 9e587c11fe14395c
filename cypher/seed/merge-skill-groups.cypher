// Purpose: create or update skill groups and their broader groups (targets merged too, so row order does not matter).
// Parameters: $rows: [{id, props, broaderGroups: [id]}]. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:SkillGroup {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  UNWIND row.broaderGroups AS broaderId
  MERGE (b:SkillGroup {id: broaderId})
  MERGE (n)-[:BROADER]->(b)
}
RETURN count(n) AS merged
