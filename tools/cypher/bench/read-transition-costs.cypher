// Purpose: benchmark baseline for adjacentRoles: the same IDF-weighted transition costs from one role to every
// other role, computed in Cypher alone (no in-memory index): what a naive implementation runs per request.
// Parameters: $roleId, $first, $essentialWeight, $optionalWeight. Returns up to $first rows: roleId, cost.
MATCH (role:Role)
WITH count(role) AS roles
MATCH (a:Role {id: $roleId})
MATCH (s:Skill)<-[:REQUIRES]-(:Role)
WITH roles, a, s, count(*) AS requiring
MATCH (s)<-[q:REQUIRES]-(b:Role)
  WHERE b <> a
OPTIONAL MATCH (a)-[qa:REQUIRES]->(s)
WITH b, q.level AS required, coalesce(qa.level, 0) AS held,
     CASE q.importance WHEN 'ESSENTIAL' THEN $essentialWeight ELSE $optionalWeight END * log((roles + 1.0) / requiring) AS weight
WITH b, sum(weight) AS total, sum(weight * CASE WHEN held < required THEN held ELSE required END / toFloat(required)) AS credit
RETURN b.id AS roleId, 1 - credit / total AS cost
ORDER BY cost, roleId
LIMIT toInteger($first)
