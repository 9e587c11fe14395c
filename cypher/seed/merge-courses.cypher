// Purpose: create or update micro-courses: provider, skills taught (up to a level), prerequisite skill levels, and
// the credentials they prepare for. Parameters: $rows: [{id, props, providerId, teaches: [{skillId, level}],
// prerequisites: [{skillId, level}], preparesFor: [id]}]. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Course {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (o:Organization {id: row.providerId})
  MERGE (o)-[:PROVIDES]->(n)
}
CALL (n, row) {
  UNWIND row.teaches AS link
  MATCH (s:Skill {id: link.skillId})
  MERGE (n)-[t:TEACHES]->(s)
  SET t.level = link.level
}
CALL (n, row) {
  UNWIND row.prerequisites AS link
  MATCH (s:Skill {id: link.skillId})
  MERGE (n)-[p:PREREQUISITE]->(s)
  SET p.level = link.level
}
CALL (n, row) {
  UNWIND row.preparesFor AS credentialId
  MATCH (c:Credential {id: credentialId})
  MERGE (n)-[:PREPARES_FOR]->(c)
}
RETURN count(n) AS merged
