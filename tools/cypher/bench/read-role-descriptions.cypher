// Purpose: role descriptions as tagging inputs (one sentence each, or joined into course-length texts), once per run.
// Parameters: $count. Returns up to $count rows by role id: text.
MATCH (r:Role)
WHERE r.description IS NOT NULL AND size(r.description) > 40
RETURN r.description AS text
ORDER BY r.id
LIMIT $count
