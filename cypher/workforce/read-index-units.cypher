// Purpose: the org-unit tree for the workforce index (scopes: a unit and the units below it).
// Parameters: none. Returns one row per unit: id, name, parentIds.
MATCH (u:OrgUnit)
OPTIONAL MATCH (u)-[:SUB_UNIT_OF]->(parent:OrgUnit)
RETURN u.id AS id, u.name AS name, collect(parent.id) AS parentIds
