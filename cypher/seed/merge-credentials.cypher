// Purpose: create or update micro-credentials: awarding body, certified skill levels, stack parts and prerequisites.
// Parameters: $rows: [{id, props, awardingBodyId, certifies: [{skillId, level}], partOf: [{credentialId, mandatory}],
// prerequisites: [id]}]. Organisations and skills must exist already. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Credential {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (o:Organization {id: row.awardingBodyId})
  MERGE (o)-[:AWARDS]->(n)
}
CALL (n, row) {
  UNWIND row.certifies AS link
  MATCH (s:Skill {id: link.skillId})
  MERGE (n)-[c:CERTIFIES]->(s)
  SET c.level = link.level
}
CALL (n, row) {
  UNWIND row.partOf AS part
  MERGE (stack:Credential {id: part.credentialId})
  MERGE (n)-[p:PART_OF]->(stack)
  SET p.mandatory = part.mandatory
}
CALL (n, row) {
  UNWIND row.prerequisites AS prerequisiteId
  MERGE (pre:Credential {id: prerequisiteId})
  MERGE (n)-[:REQUIRES_CREDENTIAL]->(pre)
}
RETURN count(n) AS merged
