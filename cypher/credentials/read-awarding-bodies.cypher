// Purpose: who awards each of some credentials (a partner issues only its own; issueCredentials).
// Parameters: $credentialIds. Returns one row per credential that exists: credentialId, awardingBodyId (or null).
UNWIND $credentialIds AS id
MATCH (c:Credential {id: id})
OPTIONAL MATCH (c)<-[:AWARDS]-(o:Organization)
RETURN c.id AS credentialId, o.id AS awardingBodyId
