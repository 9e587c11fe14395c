// Purpose: the org-unit tree for the workforce index (scopes: a unit and the units below it), with each unit's
// positions (demand in skillSupplyDemand). Parameters: none. Returns one row per unit: id, name, parentIds,
// positions: [{roleId, headcount, openings}].
MATCH (u:OrgUnit)
CALL (u) {
  OPTIONAL MATCH (u)-[:SUB_UNIT_OF]->(parent:OrgUnit)
  RETURN collect(parent.id) AS parentIds
}
CALL (u) {
  OPTIONAL MATCH (u)-[pos:HAS_POSITION]->(r:Role)
  RETURN collect({roleId: r.id, headcount: coalesce(pos.headcount, 0), openings: coalesce(pos.openings, 0)}) AS positions
}
RETURN u.id AS id, u.name AS name, parentIds, positions
