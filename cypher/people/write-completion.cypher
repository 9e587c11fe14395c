// Purpose: a person records that they completed a course: an unverified completion (the evidence policy counts it at
// most like a self-assessment). A completion the provider or an admin recorded (verified, or from before completions
// carried the flag) is kept as it is; the person's own unverified record is replaced.
// Parameters: $personId, $courseId, $completedAt (ISO instant), $evidenceUrl (or null).
// Returns one row when both exist: personId, courseId, courseTitle, completedAt, verified, evidenceUrl.
MATCH (p:Person {id: $personId})
MATCH (c:Course {id: $courseId})
MERGE (p)-[d:COMPLETED]->(c)
  ON CREATE SET d.verified = false
WITH p, c, d
CALL (d) {
  WITH d
    WHERE d.verified = false
  SET d.completedAt = datetime($completedAt), d.evidenceUrl = $evidenceUrl
}
RETURN p.id AS personId, c.id AS courseId, c.title AS courseTitle, d.completedAt AS completedAt,
       coalesce(d.verified, true) AS verified, d.evidenceUrl AS evidenceUrl
