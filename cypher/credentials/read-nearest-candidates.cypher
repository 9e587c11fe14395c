// Purpose: credentials a person may be close to: stacks above credentials they hold, credentials they hold
// (possibly expired), and credentials certifying skills they have evidence for; the most related first.
// Which are complete or nearest is judged in src/use-cases/credential-progress.ts.
// Parameters: $personId, $limit. Returns one row: personFound, ids (at most $limit).
OPTIONAL MATCH (p:Person {id: $personId})
CALL (p) {
  CALL (p) {
    MATCH (p)-[:HOLDS]->(:Credential)-[:PART_OF*1..8]->(c:Credential)
    RETURN c, 100 AS relevance
    UNION ALL
    MATCH (p)-[:HOLDS]->(c:Credential)
    RETURN c, 10 AS relevance
    UNION ALL
    MATCH (p)-[:HAS_SKILL]->(:Skill)<-[:CERTIFIES]-(c:Credential)
    RETURN c, 1 AS relevance
  }
  WITH c, sum(relevance) AS relevance
  ORDER BY relevance DESC, c.id
  RETURN collect(c.id)[..$limit] AS ids
}
RETURN p IS NOT NULL AS personFound, ids
