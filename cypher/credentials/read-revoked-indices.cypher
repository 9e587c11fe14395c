// Purpose: the bits set in one organisation's revocation status list: the status list indexes of the holdings it
// issued that are revoked, and those of erased holders (Organization.erasedStatusIndices), within [$from, $to).
// Parameters: $organizationId, $from, $to. Returns one row: organizationFound, indices.
OPTIONAL MATCH (o:Organization {id: $organizationId})
CALL (o) {
  MATCH (o)-[:AWARDS]->(:Credential)<-[h:HOLDS]-(:Person)
    WHERE h.revokedAt IS NOT NULL AND h.statusListIndex >= $from AND h.statusListIndex < $to
      AND coalesce(h.issuerId, o.id) = o.id
  RETURN collect(h.statusListIndex) AS revoked
}
RETURN o IS NOT NULL AS organizationFound,
       revoked + [i IN coalesce(o.erasedStatusIndices, []) WHERE i >= $from AND i < $to] AS indices
