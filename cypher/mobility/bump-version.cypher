// Purpose: mark role profiles ($key 'roleProfiles': roles, skills, requirements) or role tenures ($key 'roleMoves')
// as changed, so every API process reloads what it cached from them on its next mobility query. Run in the same
// transaction as the change. Parameters: $key. Returns one row: version.
MERGE (v:GraphVersion {key: $key})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
RETURN v.version AS version
