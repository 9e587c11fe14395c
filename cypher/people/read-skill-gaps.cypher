// Purpose: for each (person, role) pair, the person's evidence for each requirement of the role: their own skill
// evidence, held credentials that certify the skill, completed courses that teach it (INFERRED), and (when
// $includeNarrower) the same for skills one level narrower. Validity and levels are worked out in
// src/domain/evidence.ts. Serves skillGap and Person.fitFor.
// Parameters: $pairs: [{personId, roleId}], $includeNarrower, $completion: {validityMonths, confidence}.
// Returns one row per pair, in input order: personId, roleId, personFound, personName, roleFound, roleTitle,
// requirements: [{skillId, skillName, level, importance, evidence: [{source, level, assessedAt, validUntil,
// confidence, credentialId, credentialTitle, verified, courseId, courseTitle, skillId, skillName, viaNarrower}]}].
UNWIND range(0, size($pairs) - 1) AS i
WITH i, $pairs[i] AS pair
OPTIONAL MATCH (p:Person {id: pair.personId})
OPTIONAL MATCH (r:Role {id: pair.roleId})
// The person's evidence is read once (a few dozen edges) and matched to the requirements in the query, rather than
// looked up per requirement: a required skill or credential may have thousands of holders to expand from.
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
CALL (r, own, certified, inferred) {
  MATCH (r)-[q:REQUIRES]->(s:Skill)
  WITH q, s, own + certified + inferred AS held,
       CASE WHEN $includeNarrower THEN [(n:Skill)-[:BROADER]->(s) | n.id] ELSE [] END AS narrowerIds
  RETURN collect({skillId: s.id, skillName: s.name, level: q.level, importance: q.importance,
                  evidence: [x IN held WHERE x.skillId = s.id | x {.*, viaNarrower: false}] +
                            [x IN held WHERE x.skillId IN narrowerIds | x {.*, viaNarrower: true}]}) AS requirements
}
RETURN pair.personId AS personId, pair.roleId AS roleId, p IS NOT NULL AS personFound, p.name AS personName,
       r IS NOT NULL AS roleFound, r.title AS roleTitle, requirements
ORDER BY i
