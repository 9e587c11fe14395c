// Purpose: a person claims an offer (claimCredential) with its claim code, or, for an offer to their own email, by
// its id: they hold the credential from then on (verified, the issuer recorded, HOLDS.offerId). Claiming again
// answers the same holding; an offer claimed by someone else, revoked, or not theirs answers nothing.
// Parameters: $personId, $offerId, $claimCodeHash (or null: by email), $now.
// Returns one row when the person may claim it: personId, credentialId, credentialTitle, issuerId, issuedAt,
// expiresAt, verified, changed.
MATCH (p:Person {id: $personId})
MATCH (offer:CredentialOffer {id: $offerId})
  WHERE offer.revokedAt IS NULL AND coalesce(offer.claimedBy, p.id) = p.id
    AND (offer.claimCodeHash = $claimCodeHash OR ($claimCodeHash IS NULL AND offer.recipientEmail = toLower(p.email)))
MATCH (c:Credential {id: offer.credentialId})
WITH p, offer, c, offer.claimedBy IS NULL AS changed
MERGE (p)-[h:HOLDS {issuedAt: offer.issuedAt}]->(c)
SET h.expiresAt = offer.expiresAt, h.verified = true, h.issuerId = offer.issuerId, h.evidenceUrl = offer.evidenceUrl,
    h.offerId = offer.id, offer.claimedBy = p.id, offer.claimedAt = coalesce(offer.claimedAt, datetime($now))
RETURN p.id AS personId, c.id AS credentialId, c.title AS credentialTitle, h.issuerId AS issuerId, h.issuedAt AS issuedAt,
       h.expiresAt AS expiresAt, h.verified AS verified, changed
