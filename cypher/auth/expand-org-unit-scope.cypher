// Purpose: a planner's scope: the org units their token names and every unit below them (SUB_UNIT_OF).
// Parameters: $unitIds. Returns one row: units (ids, unknown ones left out).
UNWIND $unitIds AS unitId
MATCH (top:OrgUnit {id: unitId})
MATCH (unit:OrgUnit)-[:SUB_UNIT_OF*0..10]->(top)
RETURN collect(DISTINCT unit.id) AS units
