// Purpose: benchmark inputs: the current role of each given person. Parameters: $ids. Returns: personId, roleId.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:HAS_ROLE]->(r:Role)
RETURN p.id AS personId, r.id AS roleId
