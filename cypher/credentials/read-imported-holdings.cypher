// Purpose: the imported holdings still counted (not revoked), for the recheck of their issuers' status lists
// (recheckImportedCredentials; index holds_imported_at), oldest import first. Parameters: $limit. Returns one row per
// holding: personId, credentialId, issuedAt, jws.
MATCH (p:Person)-[h:HOLDS]->(c:Credential)
  WHERE h.importedAt IS NOT NULL AND h.revokedAt IS NULL
WITH p, h, c ORDER BY h.importedAt LIMIT $limit
RETURN p.id AS personId, c.id AS credentialId, h.issuedAt AS issuedAt, h.importedJws AS jws
