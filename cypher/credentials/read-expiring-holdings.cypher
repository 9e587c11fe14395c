// Purpose: credential holdings that expire in a window, optionally for the members of an org unit and the units
// below it, with the stacks each credential counts towards (which of those are put at risk is judged in
// src/use-cases/credential-progress.ts). Parameters: $from, $until (ISO-8601 strings), $orgUnitId (null: everyone), $limit.
// Returns one row: unitFound, holdings: [{personId, personName, credentialId, title, issuedAt, expiresAt, verified,
// stackIds}] by expiry, at most $limit.
OPTIONAL MATCH (unit:OrgUnit {id: $orgUnitId})
CALL (unit) {
  MATCH (p:Person)-[h:HOLDS]->(c:Credential)
    WHERE h.expiresAt > datetime($from) AND h.expiresAt <= datetime($until)
      AND ($orgUnitId IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:OrgUnit)-[:SUB_UNIT_OF*0..10]->(unit) })
  WITH p, h, c
  ORDER BY h.expiresAt, p.id, c.id
  LIMIT $limit
  CALL (c) {
    MATCH (c)-[:PART_OF*1..8]->(stack:Credential)
    RETURN collect(DISTINCT stack.id) AS stackIds
  }
  RETURN collect({personId: p.id, personName: p.name, credentialId: c.id, title: c.title, issuedAt: h.issuedAt,
                  expiresAt: h.expiresAt, verified: h.verified, stackIds: stackIds}) AS holdings
}
RETURN $orgUnitId IS NULL OR unit IS NOT NULL AS unitFound, holdings
