// Purpose: what skill suggestions for courses or roles start from: each one's text, its provider (courses), the skills
// it already teaches or requires and those rejected before for it. Parameters: $kind ('COURSE' or 'ROLE'),
// $targetIds. Returns one row per id, in order: targetId, found, title, description, providerId, linkedSkillIds,
// rejectedSkillIds.
UNWIND $targetIds AS targetId
OPTIONAL CALL (targetId) {
  MATCH (c:Course {id: targetId}) WHERE $kind = 'COURSE' RETURN c AS t
  UNION
  MATCH (r:Role {id: targetId}) WHERE $kind = 'ROLE' RETURN r AS t
}
CALL (t) {
  OPTIONAL MATCH (t)-[:TEACHES|REQUIRES]->(s:Skill)
  RETURN collect(s.id) AS linkedSkillIds
}
CALL (t) {
  OPTIONAL MATCH (t)-[:HAS_SUGGESTION]->(g:SkillSuggestion {status: 'REJECTED'})-[:SUGGESTS]->(s:Skill)
  RETURN collect(s.id) AS rejectedSkillIds
}
OPTIONAL MATCH (t)<-[:PROVIDES]-(o:Organization)
RETURN targetId, t IS NOT NULL AS found, coalesce(t.title, '') AS title, t.description AS description, o.id AS providerId,
       linkedSkillIds, rejectedSkillIds
