// Purpose: the courses (optionally of one provider) or the roles a batch tagging run goes through, by id.
// Parameters: $kind ('COURSE' or 'ROLE'), $providerId (null for every provider). Returns one row per target: id.
CALL () {
  MATCH (c:Course)
  WHERE $kind = 'COURSE' AND ($providerId IS NULL OR EXISTS { (c)<-[:PROVIDES]-(:Organization {id: $providerId}) })
  RETURN c.id AS id
  UNION
  MATCH (r:Role)
  WHERE $kind = 'ROLE'
  RETURN r.id AS id
}
RETURN id
ORDER BY id
