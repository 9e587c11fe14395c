// Purpose: a person's evidence for a list of skills, or (when $skillIds is null) for every skill they have evidence
// for: own skill evidence, held credentials that certify the skill, and completed courses that teach it (INFERRED,
// valid $completion.validityMonths after completion; validity is judged in src/domain/evidence.ts); with
// $includeNarrower, the listed skills' narrower skills (one level down) too, for narrower credit. Serves learning
// plans, credential progress and mobility from a person.
// Parameters: $personId, $skillIds (list or null), $includeNarrower, $completion: {validityMonths, confidence}.
// Returns one row: personFound, personName, currentRoleId, skills: [{skillId, skillName, broaderIds (one level up),
// evidence: [{source, level, assessedAt, validUntil, confidence, credentialId, credentialTitle, verified, courseId,
// courseTitle, skillId, skillName, viaNarrower}]}] (skills that exist only).
OPTIONAL MATCH (p:Person {id: $personId})
CALL (p) {
  CALL (p) {
    UNWIND coalesce($skillIds, []) AS skillId
    MATCH (s:Skill {id: skillId})
    RETURN s
    UNION
    UNWIND CASE WHEN $includeNarrower THEN coalesce($skillIds, []) ELSE [] END AS skillId
    MATCH (:Skill {id: skillId})<-[:BROADER]-(s:Skill)
    RETURN s
    UNION
    MATCH (p)-[:HAS_SKILL]->(s:Skill)
      WHERE $skillIds IS NULL
    RETURN s
    UNION
    MATCH (p)-[:HOLDS]->(:Credential)-[:CERTIFIES]->(s:Skill)
      WHERE $skillIds IS NULL
    RETURN s
    UNION
    MATCH (p)-[:COMPLETED]->(:Course)-[:TEACHES]->(s:Skill)
      WHERE $skillIds IS NULL
    RETURN s
  }
  CALL (p, s) {
    MATCH (p)-[e:HAS_SKILL]->(s)
    RETURN collect({source: e.source, level: e.level, assessedAt: e.assessedAt, validUntil: e.validUntil,
                    confidence: e.confidence, skillId: s.id, skillName: s.name, viaNarrower: false}) AS own
  }
  CALL (p, s) {
    MATCH (p)-[h:HOLDS]->(c:Credential)-[cert:CERTIFIES]->(s)
    RETURN collect({source: 'CREDENTIAL', level: cert.level, assessedAt: h.issuedAt, validUntil: h.expiresAt,
                    credentialId: c.id, credentialTitle: c.title, verified: h.verified,
                    skillId: s.id, skillName: s.name, viaNarrower: false}) AS certified
  }
  CALL (p, s) {
    MATCH (p)-[d:COMPLETED]->(course:Course)-[t:TEACHES]->(s)
    RETURN collect({source: 'INFERRED', level: t.level, assessedAt: d.completedAt,
                    validUntil: d.completedAt + duration({months: $completion.validityMonths}),
                    confidence: $completion.confidence, courseId: course.id, courseTitle: course.title,
                    verified: coalesce(d.verified, true),
                    skillId: s.id, skillName: s.name, viaNarrower: false}) AS inferred
  }
  RETURN collect({skillId: s.id, skillName: s.name, broaderIds: [(s)-[:BROADER]->(b:Skill) | b.id],
                  evidence: own + certified + inferred}) AS skills
}
RETURN p IS NOT NULL AS personFound, p.name AS personName, [(p)-[:HAS_ROLE]->(r:Role) | r.id][0] AS currentRoleId, skills
