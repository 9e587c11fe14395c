// Purpose: what an organisation issued (issuedCredentials), newest first: its offers (issue by invitation; the
// recipient as the partner gave it, never whether anyone claimed it) and the holdings it issued to a person id
// (issueCredential; the recipient is that id). A holding revoked by an admin shows as revoked on its offer too.
// Parameters: $organizationId, $credentialId (or null: every credential), $limit.
// Returns rows: issueId (an offer id; null for a holding, named in TS), personId (holdings only), credentialId,
// credentialTitle, recipientKind, recipient, issuedAt, expiresAt, revokedAt, revocationReason.
CALL () {
  MATCH (offer:CredentialOffer {issuerId: $organizationId})
    WHERE $credentialId IS NULL OR offer.credentialId = $credentialId
  OPTIONAL MATCH (:Person {id: offer.claimedBy})-[h:HOLDS {issuedAt: offer.issuedAt}]->(:Credential {id: offer.credentialId})
  RETURN offer.id AS issueId, null AS personId, offer.credentialId AS credentialId, offer.recipientKind AS recipientKind,
         offer.recipient AS recipient, offer.issuedAt AS issuedAt, offer.expiresAt AS expiresAt,
         coalesce(offer.revokedAt, h.revokedAt) AS revokedAt, coalesce(offer.revocationReason, h.revocationReason) AS revocationReason
  UNION ALL
  MATCH (p:Person)-[h:HOLDS {issuerId: $organizationId}]->(c:Credential)
    WHERE h.offerId IS NULL AND ($credentialId IS NULL OR c.id = $credentialId)
  RETURN null AS issueId, p.id AS personId, c.id AS credentialId, 'PERSON_ID' AS recipientKind, p.id AS recipient,
         h.issuedAt AS issuedAt, h.expiresAt AS expiresAt, h.revokedAt AS revokedAt, h.revocationReason AS revocationReason
}
WITH * ORDER BY issuedAt DESC, recipient, credentialId LIMIT $limit
MATCH (c:Credential {id: credentialId})
RETURN issueId, personId, credentialId, c.title AS credentialTitle, recipientKind, recipient, issuedAt, expiresAt, revokedAt,
       revocationReason
