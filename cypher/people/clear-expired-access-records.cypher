// Purpose: the access log's retention: records older than the cutoff go, at most $limit per call (called again while
// a call removes $limit). Parameters: $cutoff (ISO instant), $limit. Returns one row: removed.
MATCH (r:AccessRecord)
  WHERE r.at < datetime($cutoff)
WITH r LIMIT $limit
DELETE r
RETURN count(r) AS removed
