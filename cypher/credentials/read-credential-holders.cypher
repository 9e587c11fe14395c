// Purpose: a credential's holders as its issuer may list them (credentialHolders): everyone when $everyone (admins),
// otherwise only those who chose to be listed (HOLDS.listedToIssuer, setSharing), by id; the others counted only.
// Parameters: $credentialId, $everyone, $limit. Returns one row when the credential exists: credentialId, title,
// holders: [{personId, name, issuedAt, expiresAt, verified}], notListed.
MATCH (c:Credential {id: $credentialId})
CALL (c) {
  MATCH (p:Person)-[h:HOLDS]->(c)
    WHERE $everyone OR h.listedToIssuer
  WITH p, h ORDER BY p.id LIMIT $limit
  RETURN collect({personId: p.id, name: p.name, issuedAt: h.issuedAt, expiresAt: h.expiresAt, verified: h.verified}) AS holders
}
CALL (c) {
  MATCH (:Person)-[h:HOLDS]->(c)
    WHERE NOT ($everyone OR coalesce(h.listedToIssuer, false))
  RETURN count(h) AS notListed
}
RETURN c.id AS credentialId, c.title AS title, holders, notListed
