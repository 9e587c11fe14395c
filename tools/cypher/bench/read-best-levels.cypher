// Purpose: for each skill, whether it exists and the best level anyone holds through still-valid evidence (skill
// evidence, an unexpired credential certifying it or a completed course teaching it), in the org units asked or
// everywhere; used to explain requirements nobody can cover. Parameters: $skillIds, $orgUnitIds (null: all), $now
// (ISO-8601), $completion: {validityMonths}, $maxLevel (source -> the highest level it counts at, the evidence policy).
// Returns one row per existing skill: skillId, skillName, bestLevel (0 when nobody), holders (people with any level).
UNWIND $skillIds AS skillId
MATCH (s:Skill {id: skillId})
CALL (s) {
  CALL (s) {
    MATCH (s)<-[e:HAS_SKILL]-(p:Person)
      WHERE e.validUntil IS NULL OR e.validUntil > datetime($now)
    RETURN p, CASE WHEN $maxLevel[e.source] < e.level THEN $maxLevel[e.source] ELSE e.level END AS level
    UNION ALL
    MATCH (s)<-[c:CERTIFIES]-(:Credential)<-[h:HOLDS]-(p:Person)
      WHERE h.expiresAt IS NULL OR h.expiresAt > datetime($now)
    RETURN p, CASE WHEN $maxLevel[CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END] < c.level THEN $maxLevel[CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END] ELSE c.level END AS level
    UNION ALL
    MATCH (s)<-[t:TEACHES]-(:Course)<-[d:COMPLETED]-(p:Person)
      WHERE d.completedAt + duration({months: $completion.validityMonths}) > datetime($now)
    RETURN p, CASE WHEN $maxLevel[CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END] < t.level THEN $maxLevel[CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END] ELSE t.level END AS level
  }
  WITH p, level
    WHERE $orgUnitIds IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:OrgUnit)-[:SUB_UNIT_OF*0..10]->(u:OrgUnit) WHERE u.id IN $orgUnitIds }
  RETURN coalesce(max(level), 0) AS bestLevel, count(DISTINCT p) AS holders
}
RETURN s.id AS skillId, s.name AS skillName, bestLevel, holders
