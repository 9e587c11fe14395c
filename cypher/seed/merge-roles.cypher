// Purpose: create or update roles and the skills they require (level, importance). Skills must exist already.
// Parameters: $rows: [{id, props, requires: [{skillId, level, importance}]}]. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Role {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  UNWIND row.requires AS requirement
  MATCH (s:Skill {id: requirement.skillId})
  MERGE (n)-[r:REQUIRES]->(s)
  SET r.level = requirement.level, r.importance = requirement.importance
}
RETURN count(n) AS merged
