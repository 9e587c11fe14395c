// Purpose: the parts of a stack credential the person holds validly at $now (exportCredentialStack bundles them):
// for each direct part (PART_OF), their latest unexpired, unrevoked holding. Parameters: $personId, $credentialId,
// $now. Returns one row when the credential exists: parts (how many it has), held: [{credentialId, issuedAt}] in
// part id order.
MATCH (stack:Credential {id: $credentialId})
CALL (stack) {
  OPTIONAL MATCH (part:Credential)-[:PART_OF]->(stack)
  RETURN count(part) AS parts
}
CALL (stack) {
  OPTIONAL MATCH (p:Person {id: $personId})-[h:HOLDS]->(part:Credential)-[:PART_OF]->(stack)
    WHERE h.revokedAt IS NULL AND (h.expiresAt IS NULL OR h.expiresAt > datetime($now))
  WITH part, h ORDER BY part.id, h.issuedAt DESC
  WITH part, collect(h)[0] AS latest
    WHERE latest IS NOT NULL
  RETURN collect({credentialId: part.id, issuedAt: latest.issuedAt}) AS held
}
RETURN parts, held
