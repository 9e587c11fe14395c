// Purpose: log which roles a 'roleProfiles' version changed, in the transaction that bumped it (the mutation guard,
// when a generated mutation writes only the roles it names), with the role and requirement counts after the change;
// a reload then re-reads those roles without reading every role's digest (src/use-cases/mobility-catalogue.ts).
// Entries 1,000 versions old go. Parameters: $roleIds. Returns one row: version.
MATCH (v:GraphVersion {key: 'roleProfiles'})
CALL () {
  MATCH (r:Role)
  RETURN count(r) AS roles
}
CALL () {
  MATCH ()-[q:REQUIRES]->()
  RETURN count(q) AS requirements
}
CREATE (:RoleProfileChange {version: v.version, roleIds: $roleIds, roles: roles, requirements: requirements})
WITH v
CALL (v) {
  MATCH (old:RoleProfileChange)
    WHERE old.version <= v.version - 1000
  DELETE old
}
RETURN v.version AS version
