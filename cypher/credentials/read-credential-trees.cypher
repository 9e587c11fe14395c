// Purpose: for each request, a credential with its stack below it (parts at any depth, PART_OF followed inwards)
// and the credentials those require, each with the person's holdings. Stack rules are judged in
// src/domain/credential-stack.ts. Parameters: $requests: [{rootId, personId}] (personId may be null).
// Returns one row per request whose root exists, in input order: rootId, personId,
// nodes: [{id, title, requiredParts, validityMonths, certifies: [{skillId, skillName, level}],
// parts: [{id, mandatory}], prerequisites: [id], holdings: [{issuedAt, expiresAt, verified}]}].
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS request
MATCH (root:Credential {id: request.rootId})
OPTIONAL MATCH (p:Person {id: request.personId})
CALL (root) {
  MATCH (root)<-[:PART_OF*0..8]-(n:Credential)
  WITH collect(DISTINCT n) AS tree
  CALL (tree) {
    UNWIND tree AS n
    MATCH (n)-[:REQUIRES_CREDENTIAL]->(pre:Credential)
    RETURN collect(DISTINCT pre) AS required
  }
  RETURN tree + [pre IN required WHERE NOT pre IN tree] AS members
}
UNWIND members AS n
CALL (n) {
  MATCH (n)-[cert:CERTIFIES]->(s:Skill)
  RETURN collect({skillId: s.id, skillName: s.name, level: cert.level}) AS certifies
}
CALL (n) {
  MATCH (part:Credential)-[link:PART_OF]->(n)
  RETURN collect({id: part.id, mandatory: link.mandatory}) AS parts
}
CALL (n) {
  MATCH (n)-[:REQUIRES_CREDENTIAL]->(pre:Credential)
  RETURN collect(pre.id) AS prerequisites
}
CALL (n, p) {
  MATCH (p)-[h:HOLDS]->(n)
  RETURN collect({issuedAt: h.issuedAt, expiresAt: h.expiresAt, verified: h.verified}) AS holdings
}
WITH i, request, collect({id: n.id, title: n.title, requiredParts: n.requiredParts, validityMonths: n.validityMonths,
                          certifies: certifies, parts: parts, prerequisites: prerequisites, holdings: holdings}) AS nodes
RETURN request.rootId AS rootId, request.personId AS personId, nodes
ORDER BY i
