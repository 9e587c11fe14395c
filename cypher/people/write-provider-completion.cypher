// Purpose: a course's provider (or an admin) records that a person completed it: a verified completion, replacing
// the person's own unverified record if there was one. Parameters: $personId, $courseId, $completedAt (ISO instant),
// $evidenceUrl (or null), $recordedBy (the provider's organisation id, or 'admin').
// Returns one row when both exist: personId, courseId, courseTitle, completedAt, verified, evidenceUrl.
MATCH (p:Person {id: $personId})
MATCH (c:Course {id: $courseId})
MERGE (p)-[d:COMPLETED]->(c)
SET d.verified = true, d.completedAt = datetime($completedAt), d.evidenceUrl = $evidenceUrl, d.recordedBy = $recordedBy
RETURN p.id AS personId, c.id AS courseId, c.title AS courseTitle, d.completedAt AS completedAt, d.verified AS verified,
       d.evidenceUrl AS evidenceUrl
