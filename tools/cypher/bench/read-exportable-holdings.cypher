// Purpose: benchmark inputs for exportCredential and verifyCredential: holdings of credentials an organisation awards,
// valid now (neither expired, imported nor revoked), spread over the people (by person and credential id).
// Parameters: $prefix (the population's person id prefix), $count. Returns rows: personId, credentialId, issuedAt.
MATCH (p:Person)-[h:HOLDS]->(c:Credential)<-[:AWARDS]-(:Organization)
  WHERE p.id STARTS WITH $prefix AND h.importedJws IS NULL AND h.revokedAt IS NULL AND h.issuedAt IS NOT NULL
  AND (h.expiresAt IS NULL OR h.expiresAt > datetime())
RETURN p.id AS personId, c.id AS credentialId, h.issuedAt AS issuedAt
ORDER BY personId, credentialId, issuedAt
LIMIT $count
