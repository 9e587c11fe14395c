// Purpose: record a verified credential from another deployment (importCredential) as the person's holding: the
// achievement becomes a Credential of its own (one per issuer and achievement, shared by everyone who imports it)
// certifying the skills its alignments name, and the holding keeps the signed original and its status list entry.
// Importing the same document again changes nothing. Parameters: $personId, $documentId (the credential's id),
// $credential: {id, properties: {title, description, ...}}, $skills: [{skillId, level}], $holding: {issuedAt, expiresAt
// (may be null), properties: {...}}. Returns one row when the person exists: credentialId, issuedAt, changed (false:
// imported before).
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[earlier:HOLDS {documentId: $documentId}]->(:Credential)
CALL (p, earlier) {
  WITH p, earlier
    WHERE earlier IS NULL
  MERGE (c:Credential {id: $credential.id})
    ON CREATE SET c += $credential.properties
  CREATE (p)-[h:HOLDS]->(c)
  SET h += $holding.properties, h.documentId = $documentId, h.verified = true, h.importedAt = datetime(),
      h.issuedAt = datetime($holding.issuedAt),
      h.expiresAt = CASE WHEN $holding.expiresAt IS NULL THEN null ELSE datetime($holding.expiresAt) END
  WITH c, h
  CALL (c) {
    UNWIND $skills AS certified
    MATCH (s:Skill {id: certified.skillId})
    MERGE (c)-[k:CERTIFIES]->(s)
      ON CREATE SET k.level = certified.level
  }
  RETURN c.id AS credentialId, h.issuedAt AS issuedAt, true AS changed
  UNION
  WITH p, earlier
    WHERE earlier IS NOT NULL
  RETURN endNode(earlier).id AS credentialId, earlier.issuedAt AS issuedAt, false AS changed
}
RETURN credentialId, issuedAt, changed
