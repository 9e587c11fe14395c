// Purpose: erase a person on their request (GDPR Article 17): the node and every relationship of theirs go; a
// tombstone (ErasedPerson: id, date, requester, reference, no personal data) stays, and their observed role moves
// are kept as anonymous counts (ERASED_MOVES, added to cypher/mobility/read-observed-moves.cypher). Bumps the
// 'people' version (the tombstone keeps it, so every workforce index drops the person) and 'roleMoves'. Their access
// log (AccessRecord) goes too. Their holdings with a bit in an issuer's status list are revoked: the bit is kept on the
// organisation (erasedStatusIndices), so a credential exported before the erasure verifies as revoked. Offers they
// claimed show as revoked to their issuer and no longer name them.
// Parameters: $personId, $erasedAt (ISO instant), $requestedBy, $reference (or null).
// Returns one row when the person exists: personId, erasedAt, requestedBy, reference, relationshipsRemoved, movesKept.
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)-[h:HELD_ROLE]->(a:Role)
  CALL (p, h) {
    MATCH (p)-[n:HELD_ROLE|HAS_ROLE]->(b:Role)
    WITH b, coalesce(n.from, n.since) AS start
      WHERE start > h.from
    RETURN b
    ORDER BY start
    LIMIT 1
  }
  WITH DISTINCT a, b
    WHERE a <> b
  MERGE (a)-[m:ERASED_MOVES]->(b)
  SET m.moves = coalesce(m.moves, 0) + 1
  RETURN count(*) AS movesKept
}
CALL (p) {
  MATCH (p)-[r]-()
  RETURN count(r) AS relationshipsRemoved
}
CALL (p) {
  MATCH (a:AccessRecord {personId: p.id})
  DELETE a
}
CALL (p) {
  MATCH (p)-[h:HOLDS]->(:Credential)<-[:AWARDS]-(o:Organization)
    WHERE h.statusListIndex IS NOT NULL AND h.revokedAt IS NULL AND coalesce(h.issuerId, o.id) = o.id
  SET o.erasedStatusIndices = coalesce(o.erasedStatusIndices, []) + h.statusListIndex
}
CALL (p) {
  MATCH (offer:CredentialOffer {claimedBy: p.id})
  SET offer.revokedAt = coalesce(offer.revokedAt, datetime($erasedAt)),
      offer.revocationReason = coalesce(offer.revocationReason, 'Withdrawn by the holder.')
  REMOVE offer.claimedBy
}
MERGE (people:GraphVersion {key: 'people'})
SET people.version = coalesce(people.version, 0) + 1, people.changedAt = datetime()
MERGE (moves:GraphVersion {key: 'roleMoves'})
SET moves.version = coalesce(moves.version, 0) + 1
CREATE (t:ErasedPerson {personId: p.id, erasedAt: datetime($erasedAt), requestedBy: $requestedBy, reference: $reference,
                        relationshipsRemoved: relationshipsRemoved, changeVersion: people.version})
DETACH DELETE p
RETURN t.personId AS personId, t.erasedAt AS erasedAt, t.requestedBy AS requestedBy, t.reference AS reference,
       relationshipsRemoved, movesKept
