// Purpose: skill supply against demand in an org unit (and the units below it) or the whole organisation. Demand: the
// positions (headcount + openings) of roles that require the skill as essential, at the highest level any of them
// asks; supply: people in scope whose best still-valid evidence (skill evidence whose validUntil has not passed, or an
// unexpired credential certifying the skill, or a completed course teaching it) reaches that level, the
// effective-level rule of src/domain/evidence.ts.
// Parameters: $orgUnitId (null: all units), $now (ISO-8601), $completion: {validityMonths}, $maxLevel (the evidence
// policy: source -> the highest level it counts at).
// Returns one row: unitFound, skills: [{skillId, skillName, level, headcount, openings, byLevel: [{level, headcount,
// openings, roles}], supply, holders (up to 2 names)}].
OPTIONAL MATCH (unit:OrgUnit {id: $orgUnitId})
CALL (unit) {
  MATCH (u:OrgUnit)-[pos:HAS_POSITION]->(r:Role)-[q:REQUIRES]->(s:Skill)
    WHERE q.importance = 'ESSENTIAL' AND ($orgUnitId IS NULL OR EXISTS { (u)-[:SUB_UNIT_OF*0..10]->(unit) })
  WITH s, q.level AS level, sum(pos.headcount) AS headcount, sum(pos.openings) AS openings, collect(DISTINCT r.title) AS roles
  ORDER BY level DESC
  WITH s, collect({level: level, headcount: headcount, openings: openings, roles: roles}) AS byLevel
  WITH s, byLevel, byLevel[0].level AS level,
       reduce(total = 0, x IN byLevel | total + x.headcount) AS headcount,
       reduce(total = 0, x IN byLevel | total + x.openings) AS openings
  CALL (s, level, unit) {
    CALL (s) {
      MATCH (s)<-[e:HAS_SKILL]-(p:Person)
        WHERE e.validUntil IS NULL OR e.validUntil > datetime($now)
      RETURN p, CASE WHEN $maxLevel[e.source] < e.level THEN $maxLevel[e.source] ELSE e.level END AS held
      UNION ALL
      MATCH (s)<-[c:CERTIFIES]-(:Credential)<-[h:HOLDS]-(p:Person)
        WHERE h.expiresAt IS NULL OR h.expiresAt > datetime($now)
      RETURN p, CASE WHEN $maxLevel[CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END] < c.level THEN $maxLevel[CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END] ELSE c.level END AS held
      UNION ALL
      MATCH (s)<-[t:TEACHES]-(:Course)<-[d:COMPLETED]-(p:Person)
        WHERE d.completedAt + duration({months: $completion.validityMonths}) > datetime($now)
      RETURN p, CASE WHEN $maxLevel[CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END] < t.level THEN $maxLevel[CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END] ELSE t.level END AS held
    }
    WITH p, max(held) AS best
      WHERE best >= level AND ($orgUnitId IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:OrgUnit)-[:SUB_UNIT_OF*0..10]->(unit) })
    WITH p ORDER BY p.id
    RETURN count(p) AS supply, collect(p.name)[..2] AS holders
  }
  RETURN collect({skillId: s.id, skillName: s.name, level: level, headcount: headcount, openings: openings,
                  byLevel: byLevel, supply: supply, holders: holders}) AS skills
}
RETURN $orgUnitId IS NULL OR unit IS NOT NULL AS unitFound, skills
