// Purpose: accept or reject an open skill suggestion. Accepting writes the edge it proposed: TEACHES {level} from a
// course, REQUIRES {level, importance} from a role (an existing edge gets the new level). Parameters: $suggestionId,
// $accept, $level, $importance, $decidedBy, $now. Returns one row when the suggestion was PROPOSED: id, completers
// (the people who completed an accepted course: what it teaches is evidence of theirs).
MATCH (t)-[:HAS_SUGGESTION]->(g:SkillSuggestion {id: $suggestionId, status: 'PROPOSED'})-[:SUGGESTS]->(s:Skill)
SET g.status = CASE WHEN $accept THEN 'ACCEPTED' ELSE 'REJECTED' END, g.decidedAt = datetime($now), g.decidedBy = $decidedBy,
    g.level = CASE WHEN $accept THEN $level END, g.importance = CASE WHEN $accept AND t:Role THEN $importance END
WITH t, g, s
CALL (t, s) {
  WITH t, s WHERE $accept AND t:Course
  MERGE (t)-[e:TEACHES]->(s)
  SET e.level = $level
}
CALL (t, s) {
  WITH t, s WHERE $accept AND t:Role
  MERGE (t)-[e:REQUIRES]->(s)
  SET e.level = $level, e.importance = $importance
}
RETURN g.id AS id, CASE WHEN $accept THEN [(p:Person)-[:COMPLETED]->(t) | p.id] ELSE [] END AS completers
