// Purpose: what composeTeam shows and judges about the candidates the workforce index chose
// (src/use-cases/team-composition.ts): their unit, allocation and evidence for the required skills (own, credentials,
// completed courses). Parameters: $ids (in the order wanted), $skillIds, $completion: {validityMonths, confidence}.
// Returns one row per person found, in the order of $ids: id, name, availability, orgUnitId, orgUnitName, allocation
// (sum over their teams), evidence: [{skillId, skillName, source, level, assessedAt, validUntil, confidence,
// credentialId, credentialTitle, verified, courseId, courseTitle, viaNarrower}] for the skills given (the required
// skills, and their narrower skills when credited).
UNWIND range(0, size($ids) - 1) AS i
MATCH (p:Person {id: $ids[i]})
CALL (p) {
  OPTIONAL MATCH (p)-[:MEMBER_OF]->(unit:OrgUnit)
  WITH unit ORDER BY unit.id
  RETURN collect(unit)[0] AS unit
}
CALL (p) {
  OPTIONAL MATCH (p)-[m:ON_TEAM]->(:Team)
  RETURN coalesce(sum(m.allocation), 0.0) AS allocation
}
CALL (p) {
  UNWIND $skillIds AS skillId
  MATCH (s:Skill {id: skillId})
  CALL (p, s) {
    MATCH (p)-[e:HAS_SKILL]->(s)
    RETURN {skillId: s.id, skillName: s.name, source: e.source, level: e.level, assessedAt: e.assessedAt,
            validUntil: e.validUntil, confidence: e.confidence, viaNarrower: false} AS item
    UNION ALL
    MATCH (p)-[h:HOLDS]->(c:Credential)-[cert:CERTIFIES]->(s)
    RETURN {skillId: s.id, skillName: s.name, source: 'CREDENTIAL', level: cert.level, assessedAt: h.issuedAt,
            validUntil: h.expiresAt, credentialId: c.id, credentialTitle: c.title, verified: h.verified,
            viaNarrower: false} AS item
    UNION ALL
    MATCH (p)-[d:COMPLETED]->(course:Course)-[t:TEACHES]->(s)
    RETURN {skillId: s.id, skillName: s.name, source: 'INFERRED', level: t.level, assessedAt: d.completedAt,
            validUntil: d.completedAt + duration({months: $completion.validityMonths}),
            confidence: $completion.confidence, courseId: course.id, courseTitle: course.title,
            verified: coalesce(d.verified, true),
            viaNarrower: false} AS item
  }
  RETURN collect(item) AS evidence
}
RETURN p.id AS id, p.name AS name, p.availability AS availability, unit.id AS orgUnitId, unit.name AS orgUnitName,
       allocation, evidence
ORDER BY i
