// Purpose: everything that gives each of these people a level: own skill evidence and the skills their held
// credentials certify, read once per person (a few dozen edges) to judge them against one role's requirements in
// src/use-cases/skill-gap.ts (skillGapsForRole). Parameters: $personIds.
// Returns one row per id, in input order: personId, personFound, personName, held: [{source, level, assessedAt,
// validUntil, credentialId, credentialTitle, verified, skillId, skillName}].
UNWIND range(0, size($personIds) - 1) AS i
OPTIONAL MATCH (p:Person {id: $personIds[i]})
CALL (p) {
  MATCH (p)-[e:HAS_SKILL]->(s:Skill)
  RETURN collect({source: e.source, level: e.level, assessedAt: e.assessedAt, validUntil: e.validUntil,
                  skillId: s.id, skillName: s.name}) AS own
}
CALL (p) {
  MATCH (p)-[h:HOLDS]->(c:Credential)-[cert:CERTIFIES]->(s:Skill)
  RETURN collect({source: 'CREDENTIAL', level: cert.level, assessedAt: h.issuedAt, validUntil: h.expiresAt,
                  credentialId: c.id, credentialTitle: c.title, verified: h.verified,
                  skillId: s.id, skillName: s.name}) AS certified
}
RETURN $personIds[i] AS personId, p IS NOT NULL AS personFound, p.name AS personName, own + certified AS held
ORDER BY i
