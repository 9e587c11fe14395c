// Purpose: a partner issues a credential to one of its learners: a verified holding with the issuer (one per issue
// date); its bit in the issuer's status list is taken when it is first exported (read-holding-export). A learner of
// the organisation named it a learning partner (setSharing), recorded one of its courses as completed, or holds one of
// its credentials. Without $expiresAt the holding expires the credential's validityMonths after
// issue (never when it has none). Parameters: $personId, $credentialId, $issuerId, $organizationId (the partner's),
// $anyone (an admin: any person), $issuedAt, $expiresAt (ISO instants; expiresAt may be null), $evidenceUrl.
// Returns one row when the person is a learner (or $anyone) and both exist: personId, credentialId,
// credentialTitle, issuerId, issuedAt, expiresAt, verified.
MATCH (p:Person {id: $personId})
  WHERE $anyone OR $organizationId IN coalesce(p.learningPartnerIds, [])
     OR EXISTS { (p)-[:COMPLETED]->(:Course)<-[:PROVIDES]-(:Organization {id: $organizationId}) }
     OR EXISTS { (p)-[:HOLDS]->(:Credential)<-[:AWARDS]-(:Organization {id: $organizationId}) }
MATCH (c:Credential {id: $credentialId})
MERGE (p)-[h:HOLDS {issuedAt: datetime($issuedAt)}]->(c)
SET h.expiresAt = CASE
      WHEN $expiresAt IS NOT NULL THEN datetime($expiresAt)
      WHEN c.validityMonths IS NOT NULL THEN datetime($issuedAt) + duration({months: c.validityMonths})
    END,
    h.verified = true, h.issuerId = $issuerId, h.evidenceUrl = $evidenceUrl
RETURN p.id AS personId, c.id AS credentialId, c.title AS credentialTitle, h.issuerId AS issuerId,
       h.issuedAt AS issuedAt, h.expiresAt AS expiresAt, h.verified AS verified
