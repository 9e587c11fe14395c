// Purpose: who provides a course (a partner may confirm completions of its own courses only). Parameters: $courseId.
// Returns one row: courseFound, providerId (null when none).
OPTIONAL MATCH (c:Course {id: $courseId})
OPTIONAL MATCH (c)<-[:PROVIDES]-(o:Organization)
RETURN c IS NOT NULL AS courseFound, o.id AS providerId
