// Purpose: the courses a learning plan may use: those teaching any of the given skills, and (up to three steps
// back) those teaching the prerequisites of such courses. Which to take, and in what order, is decided in
// src/domain/plan-solver.ts. Only courses within $filter count: {maxCourseMinutes, formats, languages, providerIds},
// each null for no limit. Parameters: $skillIds, $personId (marks courses the person completed before), $filter.
// Returns one row per course, by id: id, title, minutes, cost, currency, completedBefore,
// teaches: [{skillId, skillName, level}], prerequisites: [{skillId, skillName, level}].
MATCH (target:Skill)<-[:TEACHES]-(direct:Course)
  WHERE target.id IN $skillIds
WITH DISTINCT direct
MATCH (direct) ((:Course)-[:PREREQUISITE]->(:Skill)<-[:TEACHES]-(:Course)){0,3} (c:Course)
WITH DISTINCT c
  WHERE ($filter.maxCourseMinutes IS NULL OR c.durationMinutes <= $filter.maxCourseMinutes)
    AND ($filter.formats IS NULL OR c.format IN $filter.formats)
    AND ($filter.languages IS NULL OR c.language IN $filter.languages)
    AND ($filter.providerIds IS NULL OR EXISTS { (c)<-[:PROVIDES]-(o:Organization) WHERE o.id IN $filter.providerIds })
CALL (c) {
  MATCH (c)-[t:TEACHES]->(s:Skill)
  RETURN collect({skillId: s.id, skillName: s.name, level: t.level}) AS teaches
}
CALL (c) {
  MATCH (c)-[q:PREREQUISITE]->(s:Skill)
  RETURN collect({skillId: s.id, skillName: s.name, level: q.level}) AS prerequisites
}
RETURN c.id AS id, c.title AS title, c.durationMinutes AS minutes, c.cost AS cost, c.currency AS currency,
       EXISTS { (:Person {id: $personId})-[:COMPLETED]->(c) } AS completedBefore, teaches, prerequisites
ORDER BY id
