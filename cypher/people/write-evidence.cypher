// Purpose: write one piece of skill evidence (a self-assessment or a manager's assessment): one edge per source and
// day, so a second claim on the same day replaces the first. Parameters: $personId, $skillId, $level, $source,
// $confidence, $assessedAt (ISO instant), $validUntil (ISO instant or null).
// Returns one row when both exist: personId, skillId, skillName, level, source, assessedAt, validUntil.
MATCH (p:Person {id: $personId})
MATCH (s:Skill {id: $skillId})
OPTIONAL MATCH (p)-[same:HAS_SKILL {source: $source}]->(s)
  WHERE date(same.assessedAt) = date(datetime($assessedAt))
DELETE same
WITH DISTINCT p, s
CREATE (p)-[e:HAS_SKILL {source: $source, level: $level, confidence: $confidence, assessedAt: datetime($assessedAt),
                         validUntil: CASE WHEN $validUntil IS NULL THEN null ELSE datetime($validUntil) END}]->(s)
RETURN p.id AS personId, s.id AS skillId, s.name AS skillName, e.level AS level, e.source AS source,
       e.assessedAt AS assessedAt, e.validUntil AS validUntil
