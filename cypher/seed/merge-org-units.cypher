// Purpose: create or update org units: their organisation, parent unit and positions per role.
// Parameters: $rows: [{id, props, organizationId, parentId, positions: [{roleId, headcount, openings}]}].
// Organisations and roles must exist already. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:OrgUnit {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (o:Organization {id: row.organizationId})
  MERGE (o)-[:HAS_UNIT]->(n)
}
CALL (n, row) {
  WITH n, row WHERE row.parentId IS NOT NULL
  MERGE (p:OrgUnit {id: row.parentId})
  MERGE (n)-[:SUB_UNIT_OF]->(p)
}
CALL (n, row) {
  UNWIND row.positions AS position
  MATCH (r:Role {id: position.roleId})
  MERGE (n)-[p:HAS_POSITION]->(r)
  SET p.headcount = position.headcount, p.openings = position.openings
}
RETURN count(n) AS merged
