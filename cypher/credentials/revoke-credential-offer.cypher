// Purpose: revoke an issue by invitation (revokeCredential with an issue id): the offer can no longer be claimed and,
// when someone holds it, the holding is revoked as cypher/credentials/revoke-holding.cypher does (its validity ends
// now; the issued expiry kept in expiresAtAsIssued). Idempotent. Parameters: $offerId, $organizationId (the
// partner's), $anyone (an admin), $reason, $now. Returns one row when the offer exists and is the partner's (or
// $anyone): credentialId, revokedAt, reason, alreadyRevoked, personIds (the holder to mark changed; never shown).
MATCH (offer:CredentialOffer {id: $offerId})
  WHERE $anyone OR offer.issuerId = $organizationId
WITH offer, offer.revokedAt IS NOT NULL AS alreadyRevoked
CALL (offer, alreadyRevoked) {
  WITH offer WHERE NOT alreadyRevoked
  SET offer.revokedAt = datetime($now), offer.revocationReason = $reason
}
CALL (offer) {
  OPTIONAL MATCH (p:Person {id: offer.claimedBy})-[h:HOLDS {issuedAt: offer.issuedAt}]->(:Credential {id: offer.credentialId})
  WITH p, h WHERE h IS NOT NULL AND h.revokedAt IS NULL
  SET h.expiresAtAsIssued = h.expiresAt, h.revokedAt = offer.revokedAt, h.revocationReason = offer.revocationReason,
      h.expiresAt = CASE WHEN h.expiresAt IS NULL OR h.expiresAt > offer.revokedAt THEN offer.revokedAt ELSE h.expiresAt END
  RETURN collect(p.id) AS personIds
}
RETURN offer.credentialId AS credentialId, offer.revokedAt AS revokedAt, offer.revocationReason AS reason, alreadyRevoked,
       personIds
