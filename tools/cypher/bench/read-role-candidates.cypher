// Purpose: people who hold at least one skill a role requires with valid evidence at $asOf, found from the required
// skills outward, ranked by their fit computed from their best valid level per skill (the same rules as
// src/domain/evidence.ts without narrower skills, so it bounds the exact fit from above and equals it but for
// rounding); src/use-cases/role-candidates.ts judges the exact fit with explanations and asks for more when needed.
// Parameters: $roleId, $orgUnitId (null: all; units below included), $minAvailability, $location (null: any),
// People who opted out of rankings (setSharing) are left out. $excludeCurrentHolders, $essentialWeight, $optionalWeight, $asOf (ISO instant), $minBound (people bounded below it are left out), $limit,
// $completion: {validityMonths} (completed courses count at the level they teach), $maxLevel (the evidence policy:
// source -> the highest level it counts at).
// Memory: the best level is taken per skill (one small grouping per required skill), the score summed per person,
// and only the top $limit + 1 are kept, so a role whose skills many people hold stays within a transaction's means.
// Returns one row: roleFound, roleTitle, unitFound, candidates: [{id, name, availability, location, orgUnitName,
// bound}] by bound descending then id, at most $limit; more (whether candidates were left out).
OPTIONAL MATCH (r:Role {id: $roleId})
OPTIONAL MATCH (unit:OrgUnit {id: $orgUnitId})
CALL (r, unit) {
  MATCH (r)-[q:REQUIRES]->(s:Skill)
  WITH r, unit, q, s, CASE q.importance WHEN 'ESSENTIAL' THEN $essentialWeight ELSE $optionalWeight END AS weight
  WITH r, unit, collect({q: q, s: s, weight: weight}) AS requirements, sum(weight) AS totalWeight
  UNWIND requirements AS req
  WITH r, unit, totalWeight, req.q AS q, req.s AS s, req.weight AS weight
  CALL (s) {
    CALL (s) {
      MATCH (s)<-[e:HAS_SKILL]-(p:Person)
      WHERE e.validUntil IS NULL OR e.validUntil > datetime($asOf)
      RETURN p, CASE WHEN $maxLevel[e.source] < e.level THEN $maxLevel[e.source] ELSE e.level END AS level
      UNION ALL
      MATCH (s)<-[c:CERTIFIES]-(:Credential)<-[h:HOLDS]-(p:Person)
      WHERE h.expiresAt IS NULL OR h.expiresAt > datetime($asOf)
      RETURN p, CASE WHEN $maxLevel[CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END] < c.level THEN $maxLevel[CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END] ELSE c.level END AS level
      UNION ALL
      MATCH (s)<-[t:TEACHES]-(:Course)<-[d:COMPLETED]-(p:Person)
      WHERE d.completedAt + duration({months: $completion.validityMonths}) > datetime($asOf)
      RETURN p, CASE WHEN $maxLevel[CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END] < t.level THEN $maxLevel[CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END] ELSE t.level END AS level
    }
    RETURN p, max(level) AS best
  }
  WITH r, unit, totalWeight, p, sum(weight * CASE WHEN toFloat(best) / q.level > 1.0 THEN 1.0 ELSE toFloat(best) / q.level END) AS score
  WHERE p.availability >= $minAvailability
    AND coalesce(p.sharesInRankings, true)
    AND ($location IS NULL OR p.location = $location)
    AND ($orgUnitId IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:OrgUnit)-[:SUB_UNIT_OF*0..10]->(unit) })
    AND NOT ($excludeCurrentHolders AND EXISTS { (p)-[:HAS_ROLE]->(r) })
  // Rounded, so that people with the same levels tie exactly and are ordered by id.
  WITH p, round(score / totalWeight, 9) AS bound
  WHERE bound >= $minBound
  ORDER BY bound DESC, p.id
  LIMIT $limit + 1
  WITH collect({person: p, bound: bound}) AS ranked
  WITH ranked[..$limit] AS top, size(ranked) > $limit AS more
  CALL (top) {
    UNWIND top AS x
    WITH x.person AS p, x.bound AS bound
    OPTIONAL MATCH (p)-[:MEMBER_OF]->(u:OrgUnit)
    RETURN collect({id: p.id, name: p.name, availability: p.availability, location: p.location, orgUnitName: u.name,
                    bound: bound}) AS candidates
  }
  RETURN candidates, more
}
RETURN r IS NOT NULL AS roleFound, r.title AS roleTitle, $orgUnitId IS NULL OR unit IS NOT NULL AS unitFound, candidates, more
