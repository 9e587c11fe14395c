// Purpose: everything that gives each of these people a level: own skill evidence, the skills their held credentials
// certify and the skills their completed courses teach (INFERRED), read once per person (a few dozen edges) to judge
// them against one role's requirements in src/use-cases/skill-gap.ts (skillGapsForRole).
// Parameters: $personIds, $completion: {validityMonths, confidence}.
// Returns one row per id, in input order: personId, personFound, personName, held: [{source, level, assessedAt,
// validUntil, confidence, credentialId, credentialTitle, verified, courseId, courseTitle, skillId, skillName}].
UNWIND range(0, size($personIds) - 1) AS i
OPTIONAL MATCH (p:Person {id: $personIds[i]})
CALL (p) {
  MATCH (p)-[e:HAS_SKILL]->(s:Skill)
  RETURN collect({source: e.source, level: e.level, assessedAt: e.assessedAt, validUntil: e.validUntil,
                  confidence: e.confidence, skillId: s.id, skillName: s.name}) AS own
}
CALL (p) {
  MATCH (p)-[h:HOLDS]->(c:Credential)-[cert:CERTIFIES]->(s:Skill)
  RETURN collect({source: 'CREDENTIAL', level: cert.level, assessedAt: h.issuedAt, validUntil: h.expiresAt,
                  credentialId: c.id, credentialTitle: c.title, verified: h.verified,
                  skillId: s.id, skillName: s.name}) AS certified
}
CALL (p) {
  MATCH (p)-[d:COMPLETED]->(course:Course)-[t:TEACHES]->(s:Skill)
  RETURN collect({source: 'INFERRED', level: t.level, assessedAt: d.completedAt,
                  validUntil: d.completedAt + duration({months: $completion.validityMonths}),
                  confidence: $completion.confidence, courseId: course.id, courseTitle: course.title,
                  verified: coalesce(d.verified, true),
                  skillId: s.id, skillName: s.name}) AS inferred
}
RETURN $personIds[i] AS personId, p IS NOT NULL AS personFound, p.name AS personName, own + certified + inferred AS held
ORDER BY i
