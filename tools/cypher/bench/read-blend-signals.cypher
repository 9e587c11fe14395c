// Purpose: benchmark baseline for adjacentRoles by the blend, from a role: every signal of src/domain/mobility-blend.ts
// from one role to every other role with requirements, computed in Cypher alone (no in-memory index or vectors): the
// IDF-weighted transition cost lowered by observed moves (as bench/read-transition-costs), the cosine of the
// IDF-weighted requirement profiles, coverage of the start's profile, the embeddings' cosine (Neo4j's
// vector.similarity.cosine gives (1 + cos) / 2), and the shared ISCO-08 digits. The caller standardises and sums them.
// Parameters: $roleId, $essentialWeight, $optionalWeight, $maxShare, $saturation. Returns one row per role: roleId,
// cost, requirements, coverage, semantic (null without embeddings), hierarchy (null when the start has no ISCO code).
MATCH (role:Role)
WITH count(role) AS roles
MATCH (a:Role {id: $roleId})
CALL (a) {
  MATCH (p:Person)-[h:HELD_ROLE]->(a)
  CALL (p, h) {
    MATCH (p)-[n:HELD_ROLE|HAS_ROLE]->(b:Role)
    WITH b, coalesce(n.from, n.since) AS start
      WHERE start > h.from
    RETURN b
    ORDER BY start
    LIMIT 1
  }
  WITH b, count(DISTINCT p) AS moves
    WHERE b <> a
  RETURN collect({roleId: b.id, moves: moves}) AS moved
}
MATCH (s:Skill)<-[:REQUIRES]-(:Role)
WITH roles, a, moved, s, count(*) AS requiring
OPTIONAL MATCH (a)-[qa:REQUIRES]->(s)
WITH a, moved, s, log((roles + 1.0) / requiring) AS specificity, coalesce(qa.level, 0) AS held,
     CASE WHEN qa IS NULL THEN 0.0 ELSE CASE qa.importance WHEN 'ESSENTIAL' THEN $essentialWeight ELSE $optionalWeight END END AS startImportance
WITH a, moved, collect({skill: s, specificity: specificity, held: held, startWeight: startImportance * specificity}) AS skills
WITH a, moved, skills, reduce(t = 0.0, x IN skills | t + x.startWeight) AS startTotal,
     sqrt(reduce(t = 0.0, x IN skills | t + x.startWeight * x.startWeight)) AS startNorm
UNWIND skills AS x
WITH a, moved, startTotal, startNorm, x, x.skill AS s
MATCH (s)<-[q:REQUIRES]-(b:Role)
  WHERE b <> a
WITH a, moved, startTotal, startNorm, b, q, x,
     CASE q.importance WHEN 'ESSENTIAL' THEN $essentialWeight ELSE $optionalWeight END * x.specificity AS weight
WITH a, moved, startTotal, startNorm, b, sum(weight) AS total, sum(weight * weight) AS squared,
     sum(weight * CASE WHEN x.held < q.level THEN x.held ELSE q.level END / toFloat(q.level)) AS credit,
     sum(weight * x.startWeight) AS dot, sum(x.startWeight) AS covered
WITH a, b, startTotal, startNorm, total, squared, credit, dot, covered,
     coalesce([m IN moved WHERE m.roleId = b.id | m.moves][0], 0) AS moves
RETURN b.id AS roleId,
       (1 - credit / total) * (1 - $maxShare * CASE WHEN moves >= $saturation THEN 1.0 ELSE toFloat(moves) / $saturation END) AS cost,
       CASE WHEN startNorm > 0 AND squared > 0 THEN dot / (startNorm * sqrt(squared)) ELSE 0.0 END AS requirements,
       CASE WHEN startTotal > 0 THEN covered / startTotal ELSE 0.0 END AS coverage,
       CASE WHEN a.embedding IS NULL OR b.embedding IS NULL THEN null ELSE 2 * vector.similarity.cosine(a.embedding, b.embedding) - 1 END AS semantic,
       CASE WHEN a.iscoGroup IS NULL THEN null
         ELSE size([i IN range(1, 4) WHERE size(a.iscoGroup) >= i AND size(coalesce(b.iscoGroup, '')) >= i AND left(a.iscoGroup, i) = left(b.iscoGroup, i)]) / 4.0
       END AS hierarchy
