// Purpose: the logged role changes of the 'roleProfiles' versions after $since up to $until
// (cypher/mobility/write-role-changes.cypher), oldest first. A version missing here was bumped without a log entry
// (an import, a seed, a mutation not confined to the roles it names): the reader then compares digests instead.
// Parameters: $since, $until. Returns one row per entry: version, roleIds, roles, requirements.
MATCH (c:RoleProfileChange)
  WHERE c.version > $since AND c.version <= $until
RETURN c.version AS version, c.roleIds AS roleIds, c.roles AS roles, c.requirements AS requirements
ORDER BY version
