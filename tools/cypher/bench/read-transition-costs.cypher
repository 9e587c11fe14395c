// Purpose: benchmark baseline for adjacentRoles from a role: the same IDF-weighted transition costs from one role to
// every other role with requirements, lowered by the observed moves out of it (as cypher/mobility/read-observed-moves
// counts them, limited to this role), computed in Cypher alone (no in-memory index): what a naive implementation
// runs per request. Parameters: $roleId, $first, $essentialWeight, $optionalWeight, $maxShare, $saturation (the move
// discount). Returns up to $first rows by cost then id: roleId, cost.
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
MATCH (s)<-[q:REQUIRES]-(b:Role)
  WHERE b <> a
OPTIONAL MATCH (a)-[qa:REQUIRES]->(s)
WITH moved, b, q.level AS required, coalesce(qa.level, 0) AS held,
     CASE q.importance WHEN 'ESSENTIAL' THEN $essentialWeight ELSE $optionalWeight END * log((roles + 1.0) / requiring) AS weight
WITH moved, b, sum(weight) AS total, sum(weight * CASE WHEN held < required THEN held ELSE required END / toFloat(required)) AS credit
WITH b, 1 - credit / total AS skillCost, coalesce([m IN moved WHERE m.roleId = b.id | m.moves][0], 0) AS moves
RETURN b.id AS roleId,
       skillCost * (1 - $maxShare * CASE WHEN moves >= $saturation THEN 1.0 ELSE toFloat(moves) / $saturation END) AS cost
ORDER BY cost, roleId
LIMIT toInteger($first)
