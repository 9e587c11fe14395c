// Purpose: benchmark inputs: the current role and org unit of each given person that has both (a planner covering the
// top units may read them). Parameters: $ids. Returns, in input order: personId, roleId, unitId.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:HAS_ROLE]->(r:Role)
MATCH (p)-[:MEMBER_OF]->(u:OrgUnit)
RETURN p.id AS personId, r.id AS roleId, u.id AS unitId
