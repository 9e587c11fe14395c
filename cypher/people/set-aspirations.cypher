// Purpose: replace a person's aspired roles, only when every role exists (else nothing is written).
// Parameters: $personId, $roleIds. Returns one row when the person exists: missing (role ids not found; empty when
// written), roleIds (as written).
MATCH (p:Person {id: $personId})
CALL () {
  UNWIND $roleIds AS roleId
  OPTIONAL MATCH (r:Role {id: roleId})
  RETURN [id IN collect(CASE WHEN r IS NULL THEN roleId END) WHERE id IS NOT NULL] AS missing
}
CALL (p, missing) {
  WITH p WHERE size(missing) = 0
  OPTIONAL MATCH (p)-[old:ASPIRES_TO]->(:Role)
  DELETE old
}
CALL (p, missing) {
  WITH p WHERE size(missing) = 0
  UNWIND $roleIds AS roleId
  MATCH (r:Role {id: roleId})
  MERGE (p)-[:ASPIRES_TO]->(r)
  RETURN collect(r.id) AS roleIds
}
RETURN missing, roleIds
