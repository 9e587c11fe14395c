// Purpose: create or update skills with their broader skills and groups and their related skills.
// Parameters: $rows: [{id, props, broaderSkills: [id], broaderGroups: [id], related: [{skillId, importance}]}].
// Skill groups must exist already. Returns: merged (count).
UNWIND $rows AS row
MERGE (n:Skill {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  UNWIND row.broaderSkills AS broaderId
  MERGE (b:Skill {id: broaderId})
  MERGE (n)-[:BROADER]->(b)
}
CALL (n, row) {
  UNWIND row.broaderGroups AS groupId
  MATCH (g:SkillGroup {id: groupId})
  MERGE (n)-[:BROADER]->(g)
}
CALL (n, row) {
  UNWIND row.related AS related
  MERGE (r:Skill {id: related.skillId})
  MERGE (n)-[rel:RELATED_TO]->(r)
  SET rel.importance = related.importance
}
RETURN count(n) AS merged
