// Purpose: the offers waiting for a person (credentialOffers): issued by invitation to their email, not yet claimed,
// not revoked. Parameters: $personId. Returns rows: offerId, credentialId, credentialTitle, issuerId, issuerName,
// issuedAt, expiresAt.
MATCH (p:Person {id: $personId})
MATCH (offer:CredentialOffer {recipientEmail: toLower(p.email)})
  WHERE offer.claimedBy IS NULL AND offer.revokedAt IS NULL
MATCH (c:Credential {id: offer.credentialId})
OPTIONAL MATCH (o:Organization {id: offer.issuerId})
RETURN offer.id AS offerId, c.id AS credentialId, c.title AS credentialTitle, offer.issuerId AS issuerId,
       coalesce(o.name, offer.issuerId) AS issuerName, offer.issuedAt AS issuedAt, offer.expiresAt AS expiresAt
ORDER BY issuedAt DESC, offerId
