// Purpose: who awards a credential (a partner may issue only its own). Parameters: $credentialId.
// Returns one row: credentialFound, awardingBodyId (null when none).
OPTIONAL MATCH (c:Credential {id: $credentialId})
OPTIONAL MATCH (c)<-[:AWARDS]-(o:Organization)
RETURN c IS NOT NULL AS credentialFound, o.id AS awardingBodyId
