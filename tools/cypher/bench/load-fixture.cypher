// Purpose: the ids the load test draws its requests from, in a stable order: people with their unit and current
// role, root units (a planner covering them covers everyone), roles with positions, skills people hold, and the
// credentials each partner organisation awards with up to 50 of its learners (holders of its credentials: whom it may
// issue to). Parameters: $limit. Returns one row.
CALL {
  MATCH (p:Person)-[:MEMBER_OF]->(u:OrgUnit)
  OPTIONAL MATCH (p)-[:HAS_ROLE]->(r:Role)
  WITH p, u, r ORDER BY p.id LIMIT $limit
  RETURN collect({personId: p.id, unitId: u.id, roleId: r.id}) AS people
}
CALL {
  MATCH (u:OrgUnit) WHERE NOT (u)-[:SUB_UNIT_OF]->()
  WITH u ORDER BY u.id
  RETURN collect(u.id) AS rootUnits
}
CALL {
  MATCH (:OrgUnit)-[:HAS_POSITION]->(r:Role)
  WITH DISTINCT r ORDER BY r.id
  RETURN collect(r.id) AS roleIds
}
CALL {
  MATCH (:Person)-[:HAS_SKILL]->(s:Skill)
  WITH DISTINCT s ORDER BY s.id LIMIT $limit
  RETURN collect(s.id) AS skillIds
}
CALL {
  MATCH (o:Organization)-[:AWARDS]->(c:Credential)
  WITH o, c ORDER BY o.id, c.id
  WITH o, c, COLLECT { MATCH (o)-[:AWARDS]->(:Credential)<-[:HOLDS]-(p:Person) RETURN DISTINCT p.id ORDER BY p.id LIMIT 50 } AS learnerIds
    WHERE learnerIds <> []
  RETURN collect({organizationId: o.id, credentialId: c.id, learnerIds: learnerIds}) AS awards
}
RETURN people, rootUnits, roleIds, skillIds, awards
