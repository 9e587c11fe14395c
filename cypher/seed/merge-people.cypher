// Purpose: create or update people with their role, past roles (one HELD_ROLE edge per tenure), org unit,
// aspirations, skill evidence (one edge per skill and source), credential holdings and completed courses. Dates
// arrive as ISO strings.
// Parameters: $rows: [{id, props, roleId, roleSince, pastRoles: [{roleId, from, until}], orgUnitId, aspires: [id],
// skills: [{skillId, level, source, confidence, assessedAt, validUntil}], credentials: [{credentialId, issuedAt,
// expiresAt, verified, evidenceUrl}], completed: [{courseId, completedAt}]}]. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n += row.props
WITH n, row
// One current role: a reload that moves the person replaces the old one.
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:HAS_ROLE]->(other:Role)
    WHERE other.id <> row.roleId
  DELETE old
}
CALL (n, row) {
  MATCH (r:Role {id: row.roleId})
  MERGE (n)-[h:HAS_ROLE]->(r)
  SET h.since = date(row.roleSince)
}
CALL (n, row) {
  UNWIND coalesce(row.pastRoles, []) AS past
  MATCH (r:Role {id: past.roleId})
  MERGE (n)-[h:HELD_ROLE {from: date(past.from)}]->(r)
  SET h.until = date(past.until)
}
CALL (n, row) {
  MATCH (u:OrgUnit {id: row.orgUnitId})
  MERGE (n)-[:MEMBER_OF]->(u)
}
CALL (n, row) {
  UNWIND row.aspires AS roleId
  MATCH (r:Role {id: roleId})
  MERGE (n)-[:ASPIRES_TO]->(r)
}
CALL (n, row) {
  UNWIND row.skills AS e
  MATCH (s:Skill {id: e.skillId})
  MERGE (n)-[h:HAS_SKILL {source: e.source, assessedAt: datetime(e.assessedAt)}]->(s)
  SET h.level = e.level, h.confidence = e.confidence, h.validUntil = datetime(e.validUntil)
}
CALL (n, row) {
  UNWIND row.credentials AS holding
  MATCH (c:Credential {id: holding.credentialId})
  MERGE (n)-[h:HOLDS]->(c)
  SET h.issuedAt = datetime(holding.issuedAt), h.expiresAt = datetime(holding.expiresAt),
      h.verified = holding.verified, h.evidenceUrl = holding.evidenceUrl
}
CALL (n, row) {
  UNWIND row.completed AS completion
  MATCH (c:Course {id: completion.courseId})
  MERGE (n)-[d:COMPLETED]->(c)
  SET d.completedAt = datetime(completion.completedAt)
}
RETURN count(n) AS merged
