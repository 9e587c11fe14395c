// Purpose: the people who may cover a team requirement, found from the required skills outward: skill evidence, a held
// credential certifying the skill or a completed course teaching it, at or above the level asked (whether it is still
// valid is judged in src/use-cases/team-composition.ts), in the org units asked (and the units below them), available enough and not
// excluded; must-include people always. Parameters: $requirements: [{skillId, minLevel}], $orgUnitIds (null: all),
// $minAvailability, $exclude, $mustInclude, $limit, $completion: {validityMonths, confidence}, $maxLevel (the evidence
// policy: source -> the highest level it counts at).
// Returns one row per candidate (at most $limit, must-include people first): id, name, availability, orgUnitId,
// orgUnitName, allocation (sum over their teams), evidence: [{skillId, skillName, source, level, assessedAt,
// validUntil, credentialId, credentialTitle, verified, viaNarrower}] for the required skills.
CALL () {
  UNWIND $requirements AS r
  MATCH (s:Skill {id: r.skillId})<-[e:HAS_SKILL]-(p:Person)
    WHERE CASE WHEN $maxLevel[e.source] < e.level THEN $maxLevel[e.source] ELSE e.level END >= r.minLevel
  RETURN p
  UNION
  UNWIND $requirements AS r
  MATCH (s:Skill {id: r.skillId})<-[c:CERTIFIES]-(:Credential)<-[h:HOLDS]-(p:Person)
    WHERE CASE WHEN $maxLevel[CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END] < c.level THEN $maxLevel[CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END] ELSE c.level END >= r.minLevel
  RETURN p
  UNION
  UNWIND $requirements AS r
  MATCH (s:Skill {id: r.skillId})<-[t:TEACHES]-(:Course)<-[d:COMPLETED]-(p:Person)
    WHERE CASE WHEN $maxLevel[CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END] < t.level THEN $maxLevel[CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END] ELSE t.level END >= r.minLevel
  RETURN p
  UNION
  UNWIND $mustInclude AS id
  MATCH (p:Person {id: id})
  RETURN p
}
WITH p
  WHERE p.id IN $mustInclude
     OR (NOT p.id IN $exclude
         AND coalesce(p.sharesInRankings, true)
         AND p.availability >= $minAvailability
         AND ($orgUnitIds IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:OrgUnit)-[:SUB_UNIT_OF*0..10]->(u:OrgUnit) WHERE u.id IN $orgUnitIds }))
WITH p ORDER BY CASE WHEN p.id IN $mustInclude THEN 0 ELSE 1 END, p.id
LIMIT $limit
OPTIONAL MATCH (p)-[:MEMBER_OF]->(unit:OrgUnit)
CALL (p) {
  OPTIONAL MATCH (p)-[m:ON_TEAM]->(:Team)
  RETURN coalesce(sum(m.allocation), 0.0) AS allocation
}
CALL (p) {
  UNWIND $requirements AS r
  MATCH (s:Skill {id: r.skillId})
  CALL (p, s) {
    MATCH (p)-[e:HAS_SKILL]->(s)
    RETURN {skillId: s.id, skillName: s.name, source: e.source, level: e.level, assessedAt: e.assessedAt,
            validUntil: e.validUntil, viaNarrower: false} AS item
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
            verified: coalesce(d.verified, true), viaNarrower: false} AS item
  }
  RETURN collect(item) AS evidence
}
RETURN p.id AS id, p.name AS name, p.availability AS availability, unit.id AS orgUnitId, unit.name AS orgUnitName,
       allocation, evidence
