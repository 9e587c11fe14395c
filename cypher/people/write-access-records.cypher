// Purpose: the access log's batched write (src/use-cases/access-log.ts): who read which person's data, when, through
// which operation; no payload. Records stand apart from the person (no relationship), keyed by personId; ids that
// name no person (an erased one, a mistyped argument) are dropped.
// Parameters: $records: [{personId, actor, audience, operation, at (ISO instant)}].
// Returns one row: written.
UNWIND $records AS record
MATCH (:Person {id: record.personId})
CREATE (:AccessRecord {personId: record.personId, actor: record.actor, audience: record.audience,
                       operation: record.operation, at: datetime(record.at)})
RETURN count(*) AS written
