// Purpose: one current holder per role (the first by id) for the mobility evaluation's person starts
// (test/eval/mobility.ts). Parameters: $roleIds. Returns one row per role with a holder: roleId, personId.
UNWIND $roleIds AS roleId
MATCH (:Role {id: roleId})<-[:HAS_ROLE]-(p:Person)
WITH roleId, min(p.id) AS personId
RETURN roleId, personId
ORDER BY roleId
