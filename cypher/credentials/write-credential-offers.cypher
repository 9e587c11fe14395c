// Purpose: a partner's issue by invitation (issueCredentials): one CredentialOffer per item, keyed on issuer,
// credential, recipient and issue instant, so issuing the same again changes nothing. An offer to the email of one of
// the issuer's learners here (as for issueCredential: they named it a learning partner, completed one of its courses or
// hold one of its credentials; anyone for $anyone) is matched at once: the person holds the credential (verified, the
// issuer recorded, HOLDS.offerId). Any other waits for the person's claim (write-offer-claim). Without expiresAt an
// offer ends validityMonths after issue.
// Parameters: $offers: [{offerId, credentialId, issuerId, recipientKind (EMAIL | EXTERNAL_ID), recipient (as given),
// recipientEmail (lower case, or null), claimCodeHash, issuedAt, expiresAt (or null), evidenceUrl (or null)}],
// $anyone (an admin issues), $now.
// Returns one row per offer whose credential exists: offerId, created (false: issued before), expiresAt,
// matchedPersonIds (the people marked changed; never shown to the partner).
UNWIND $offers AS o
MATCH (c:Credential {id: o.credentialId})
MERGE (offer:CredentialOffer {id: o.offerId})
  ON CREATE
  SET offer.isNew = true, offer.credentialId = c.id, offer.issuerId = o.issuerId, offer.recipientKind = o.recipientKind,
      offer.recipient = o.recipient, offer.recipientEmail = o.recipientEmail, offer.claimCodeHash = o.claimCodeHash,
      offer.issuedAt = datetime(o.issuedAt), offer.evidenceUrl = o.evidenceUrl, offer.createdAt = datetime($now),
      offer.expiresAt = CASE
        WHEN o.expiresAt IS NOT NULL THEN datetime(o.expiresAt)
        WHEN c.validityMonths IS NOT NULL THEN datetime(o.issuedAt) + duration({months: c.validityMonths})
      END
WITH c, offer, coalesce(offer.isNew, false) AS created
REMOVE offer.isNew
WITH c, offer, created
CALL (c, offer, created) {
  OPTIONAL MATCH (p:Person)
    WHERE created AND offer.recipientEmail IS NOT NULL AND p.email IN [offer.recipientEmail, offer.recipient]
      AND ($anyone OR offer.issuerId IN coalesce(p.learningPartnerIds, [])
        OR EXISTS { (p)-[:COMPLETED]->(:Course)<-[:PROVIDES]-(:Organization {id: offer.issuerId}) }
        OR EXISTS { (p)-[:HOLDS]->(:Credential)<-[:AWARDS]-(:Organization {id: offer.issuerId}) })
  WITH p WHERE p IS NOT NULL
  MERGE (p)-[h:HOLDS {issuedAt: offer.issuedAt}]->(c)
  SET h.expiresAt = offer.expiresAt, h.verified = true, h.issuerId = offer.issuerId, h.evidenceUrl = offer.evidenceUrl,
      h.offerId = offer.id, offer.claimedBy = p.id, offer.claimedAt = datetime($now)
  RETURN collect(p.id) AS matchedPersonIds
}
RETURN offer.id AS offerId, created, offer.expiresAt AS expiresAt, matchedPersonIds
