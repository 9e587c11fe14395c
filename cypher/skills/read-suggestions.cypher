// Purpose: a course's or role's skill suggestions, optionally of one status, best first; or one suggestion by id.
// Parameters: $kind and $targetId (or null), $suggestionId (or null), $status (or null). Returns one row per suggestion: id,
// targetKind, targetId, providerId, skillId, score, methods, modelId, spanStart, spanEnd, spanText, status,
// proposedAt, decidedAt, decidedBy, level, importance.
CALL () {
  MATCH (c:Course {id: $targetId})-[:HAS_SUGGESTION]->(g:SkillSuggestion)
  WHERE $kind = 'COURSE' AND ($status IS NULL OR g.status = $status)
  RETURN c AS t, g
  UNION
  MATCH (r:Role {id: $targetId})-[:HAS_SUGGESTION]->(g:SkillSuggestion)
  WHERE $kind = 'ROLE' AND ($status IS NULL OR g.status = $status)
  RETURN r AS t, g
  UNION
  MATCH (t)-[:HAS_SUGGESTION]->(g:SkillSuggestion {id: $suggestionId})
  RETURN t, g
}
MATCH (g)-[:SUGGESTS]->(s:Skill)
OPTIONAL MATCH (t)<-[:PROVIDES]-(o:Organization)
RETURN g.id AS id, g.targetKind AS targetKind, t.id AS targetId, o.id AS providerId, s.id AS skillId, g.score AS score,
       g.methods AS methods, g.modelId AS modelId, g.spanStart AS spanStart, g.spanEnd AS spanEnd, g.spanText AS spanText,
       g.status AS status, g.proposedAt AS proposedAt, g.decidedAt AS decidedAt, g.decidedBy AS decidedBy,
       g.level AS level, g.importance AS importance
ORDER BY g.score DESC, g.id
