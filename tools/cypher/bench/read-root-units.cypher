// Purpose: benchmark inputs: the top org units (no parent unit); a planner covering all of them covers everyone with a
// unit. Parameters: none. Returns one row: ids (sorted).
MATCH (u:OrgUnit) WHERE NOT (u)-[:SUB_UNIT_OF]->(:OrgUnit)
WITH u.id AS id
ORDER BY id
RETURN collect(id) AS ids
