// Purpose: the org unit each person belongs to, to check a planner's scope before a hand-written query reads them.
// Parameters: $personIds. Returns one row per existing person: personId, unitId (null without a unit).
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(u:OrgUnit)
RETURN p.id AS personId, u.id AS unitId
