// Purpose: a person's credential holdings, their wallet: each with its issuing organisation (the holding's issuer,
// else the credential's awarding body), validity and revocation. Parameters: $personId. Returns one row when the
// person exists: holdings: [{personId, credentialId, title, issuedAt, expiresAt, revokedAt, revocationReason,
// issuerId, issuerName, verified, importedFrom, importedIssuerName (an imported holding's issuer)}], newest first.
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)-[h:HOLDS]->(c:Credential)
  OPTIONAL MATCH (c)<-[:AWARDS]-(awarding:Organization)
  WITH p, h, c, coalesce(h.issuerId, awarding.id) AS issuerId
  OPTIONAL MATCH (issuer:Organization {id: issuerId})
  WITH p, h, c, issuer ORDER BY h.issuedAt DESC, c.id
  RETURN collect({personId: p.id, credentialId: c.id, title: c.title, issuedAt: h.issuedAt,
                  expiresAt: coalesce(h.expiresAtAsIssued, h.expiresAt), revokedAt: h.revokedAt,
                  revocationReason: h.revocationReason, issuerId: issuer.id, issuerName: issuer.name,
                  verified: coalesce(h.verified, false), importedFrom: h.importedFrom,
                  importedIssuerName: h.importedIssuerName}) AS holdings
}
RETURN holdings
