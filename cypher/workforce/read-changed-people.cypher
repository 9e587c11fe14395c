// Purpose: the people whose own writes (evidence, issued credentials, an erasure) came after the workforce index's
// version, so that it re-reads only them (an erased one is no longer found and is dropped). Parameters: $since (the
// 'people' version the index holds).
// Returns one row: ids.
// The seek is forced: without a value for $since (or with few people marked) the planner may scan the index instead.
CALL () {
  MATCH (p:Person)
    USING INDEX SEEK p:Person(changeVersion)
    WHERE p.changeVersion > $since
  RETURN p.id AS id
  UNION
  MATCH (t:ErasedPerson)
    USING INDEX SEEK t:ErasedPerson(changeVersion)
    WHERE t.changeVersion > $since
  RETURN t.personId AS id
}
RETURN collect(id) AS ids
