// Purpose: record, in the transaction that writes a person's evidence or holdings (or a generated mutation confined
// to the people it names, src/schema/mutation-guard.ts), that these people changed: the
// 'people' version goes up by one and each person keeps it, so every API process's workforce index re-reads them
// (cypher/workforce/read-changed-people.cypher). Parameters: $personIds. Returns one row: version.
MERGE (v:GraphVersion {key: 'people'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
WITH v
UNWIND $personIds AS id
MATCH (p:Person {id: id})
SET p.changeVersion = v.version
RETURN max(v.version) AS version
