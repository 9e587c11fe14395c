// Purpose: replace courses' or roles' open (PROPOSED) skill suggestions with new ones, keeping decided ones; all in
// the caller's one transaction. Parameters: $kind, $targets: [{targetId, rows: [{id, skillId, score, methods,
// modelId, spanStart, spanEnd, spanText}]}], $now. Returns: written (count).
UNWIND $targets AS target
CALL (target) {
  MATCH (c:Course {id: target.targetId}) WHERE $kind = 'COURSE' RETURN c AS t
  UNION
  MATCH (r:Role {id: target.targetId}) WHERE $kind = 'ROLE' RETURN r AS t
}
CALL (t) {
  OPTIONAL MATCH (t)-[:HAS_SUGGESTION]->(old:SkillSuggestion {status: 'PROPOSED'})
  DETACH DELETE old
}
CALL (t, target) {
  UNWIND target.rows AS row
  MATCH (s:Skill {id: row.skillId})
  CREATE (t)-[:HAS_SUGGESTION]->(g:SkillSuggestion {
    id: row.id, targetKind: $kind, status: 'PROPOSED', score: row.score, methods: row.methods, modelId: row.modelId,
    spanStart: row.spanStart, spanEnd: row.spanEnd, spanText: row.spanText, proposedAt: datetime($now)
  })-[:SUGGESTS]->(s)
  RETURN count(g) AS created
}
RETURN sum(created) AS written
