// Purpose: replace a course's or role's open (PROPOSED) skill suggestions with new ones, keeping decided ones.
// Parameters: $kind, $targetId, $rows: [{id, skillId, score, methods, modelId, spanStart, spanEnd, spanText}], $now.
// Returns: written (count).
CALL () {
  MATCH (c:Course {id: $targetId}) WHERE $kind = 'COURSE' RETURN c AS t
  UNION
  MATCH (r:Role {id: $targetId}) WHERE $kind = 'ROLE' RETURN r AS t
}
CALL (t) {
  OPTIONAL MATCH (t)-[:HAS_SUGGESTION]->(old:SkillSuggestion {status: 'PROPOSED'})
  DETACH DELETE old
}
WITH t
UNWIND $rows AS row
MATCH (s:Skill {id: row.skillId})
CREATE (t)-[:HAS_SUGGESTION]->(g:SkillSuggestion {
  id: row.id, targetKind: $kind, status: 'PROPOSED', score: row.score, methods: row.methods, modelId: row.modelId,
  spanStart: row.spanStart, spanEnd: row.spanEnd, spanText: row.spanText, proposedAt: datetime($now)
})-[:SUGGESTS]->(s)
RETURN count(g) AS written
