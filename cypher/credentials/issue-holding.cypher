// Purpose: a partner issues a credential to a person: a verified holding with the issuer (one per issue date).
// Parameters: $personId, $credentialId, $issuerId, $issuedAt, $expiresAt (ISO instants; expiresAt may be null),
// $evidenceUrl. Returns one row when both exist: personId, credentialId, credentialTitle, issuerId, issuedAt,
// expiresAt, verified.
MATCH (p:Person {id: $personId})
MATCH (c:Credential {id: $credentialId})
MERGE (p)-[h:HOLDS {issuedAt: datetime($issuedAt)}]->(c)
SET h.expiresAt = CASE WHEN $expiresAt IS NULL THEN null ELSE datetime($expiresAt) END,
    h.verified = true, h.issuerId = $issuerId, h.evidenceUrl = $evidenceUrl
RETURN p.id AS personId, c.id AS credentialId, c.title AS credentialTitle, h.issuerId AS issuerId,
       h.issuedAt AS issuedAt, h.expiresAt AS expiresAt, h.verified AS verified
