// Purpose: revoke a holding (revokeCredential): its validity ends now, so every query that counts holdings stops
// counting it from this instant (expiresAt set to the revocation when later or absent; the issued expiry is kept in
// expiresAtAsIssued), and the issuer's status list shows its bit (read from revokedAt). Idempotent: a revoked holding
// keeps its first revocation. Parameters: $personId, $credentialId, $issuedAt, $organizationId (the partner's),
// $anyone (an admin), $reason, $now. Returns one row when the holding exists and its issuing organisation (the
// holding's issuer, else the credential's awarding body) is the partner's (or $anyone): personId, credentialId,
// revokedAt, reason, alreadyRevoked, changed.
MATCH (p:Person {id: $personId})-[h:HOLDS]->(c:Credential {id: $credentialId})
  WHERE datetime.truncate("millisecond", h.issuedAt) = datetime($issuedAt)
OPTIONAL MATCH (c)<-[:AWARDS]-(awarding:Organization)
WITH p, h, c, coalesce(h.issuerId, awarding.id) AS issuerId
  WHERE $anyone OR issuerId = $organizationId
WITH p, h, c, h.revokedAt IS NOT NULL AS alreadyRevoked
CALL (h, alreadyRevoked) {
  WITH h WHERE NOT alreadyRevoked
  SET h.expiresAtAsIssued = h.expiresAt, h.revokedAt = datetime($now), h.revocationReason = $reason,
      h.expiresAt = CASE WHEN h.expiresAt IS NULL OR h.expiresAt > datetime($now) THEN datetime($now) ELSE h.expiresAt END
}
RETURN p.id AS personId, c.id AS credentialId, h.revokedAt AS revokedAt, h.revocationReason AS reason,
       alreadyRevoked, NOT alreadyRevoked AS changed
