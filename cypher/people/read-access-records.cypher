// Purpose: a person's access log, newest first (myAccessLog, accessLog, the data export). Parameters: $personId,
// $limit. Returns one row per record: actor, audience, operation, at.
MATCH (r:AccessRecord {personId: $personId})
RETURN r.actor AS actor, r.audience AS audience, r.operation AS operation, r.at AS at
ORDER BY r.at DESC, r.operation
LIMIT $limit
