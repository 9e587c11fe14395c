// Purpose: the naive baselines' read (tools/bench/naive.ts): every person in an org unit (and the units below it) or
// the whole organisation, with all their level-giving evidence, as an internal tool that computes in Node would load
// them. Parameters: $orgUnitId (null: everyone).
// Parameters also: $completion: {validityMonths}.
// Returns one row per person: id, evidence: [{skillId, source, level, validUntil}] (skill evidence, the skills their
// held credentials certify, with the holding's expiresAt, and the skills their completed courses teach); source is
// the one the evidence policy caps it as (an unverified holding or completion as SELF).
MATCH (p:Person)
  WHERE $orgUnitId IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:OrgUnit)-[:SUB_UNIT_OF*0..10]->(:OrgUnit {id: $orgUnitId}) }
CALL (p) {
  MATCH (p)-[e:HAS_SKILL]->(s:Skill)
  RETURN collect({skillId: s.id, source: e.source, level: e.level, validUntil: e.validUntil}) AS own
}
CALL (p) {
  MATCH (p)-[h:HOLDS]->(:Credential)-[c:CERTIFIES]->(s:Skill)
  RETURN collect({skillId: s.id, source: CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END, level: c.level, validUntil: h.expiresAt}) AS certified
}
CALL (p) {
  MATCH (p)-[d:COMPLETED]->(:Course)-[t:TEACHES]->(s:Skill)
  RETURN collect({skillId: s.id, source: CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END, level: t.level, validUntil: d.completedAt + duration({months: $completion.validityMonths})}) AS taught
}
RETURN p.id AS id, own + certified + taught AS evidence
