// Purpose: the roles whose required skills are most widely held (the holders of each required skill, summed), the
// hardest inputs for the planner benchmarks. Parameters: $count. Returns one row per role: roleId, holders.
MATCH (r:Role)-[:REQUIRES]->(s:Skill)
WITH r, sum(COUNT { (s)<-[:HAS_SKILL]-() }) AS holders
ORDER BY holders DESC, r.id
LIMIT $count
RETURN r.id AS roleId, holders
