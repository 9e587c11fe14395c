// Purpose: create or update teams: org unit, needed skills (level and count) and members with allocation.
// Parameters: $rows: [{id, props, orgUnitId, needs: [{skillId, level, count}], members: [{personId, allocation}]}].
// Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Team {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (u:OrgUnit {id: row.orgUnitId})
  MERGE (n)-[:IN_UNIT]->(u)
}
CALL (n, row) {
  UNWIND row.needs AS need
  MATCH (s:Skill {id: need.skillId})
  MERGE (n)-[r:NEEDS]->(s)
  SET r.level = need.level, r.count = need.count
}
CALL (n, row) {
  UNWIND row.members AS member
  MATCH (p:Person {id: member.personId})
  MERGE (p)-[m:ON_TEAM]->(n)
  SET m.allocation = member.allocation
}
RETURN count(n) AS merged
