// Purpose: a person's sharing settings (schema/self-service.graphql, Sharing): a value given replaces the setting, a
// null keeps it; nothing is written when nothing changes. Parameters: $personId, $inRankings, $contactToPlanners
// (each true, false or null), $listed (credential ids whose issuer may list the person as holder: replaces the set
// on the person's holdings; null keeps it). Returns one row when the person exists: inRankings, contactToPlanners,
// holdingsListedToIssuers (as now in force, defaults applied), changed (the caller then marks the person changed in
// the same transaction: rankings read inRankings from the workforce index).
MATCH (p:Person {id: $personId})
WITH p, coalesce(p.sharesInRankings, true) AS wasRanked, coalesce(p.sharesContact, false) AS wasShared
WITH p, wasRanked, wasShared, coalesce($inRankings, wasRanked) AS ranked, coalesce($contactToPlanners, wasShared) AS shared
CALL (p, wasRanked, ranked) {
  WITH p WHERE ranked <> wasRanked
  SET p.sharesInRankings = ranked
}
CALL (p, wasShared, shared) {
  WITH p WHERE shared <> wasShared
  SET p.sharesContact = shared
}
CALL (p) {
  MATCH (p)-[h:HOLDS]->(c:Credential)
    WHERE $listed IS NOT NULL AND coalesce(h.listedToIssuer, false) <> (c.id IN $listed)
  SET h.listedToIssuer = c.id IN $listed
  RETURN count(h) AS listChanged
}
RETURN ranked AS inRankings, shared AS contactToPlanners,
       [(p)-[h:HOLDS]->(c:Credential) WHERE h.listedToIssuer | c.id] AS holdingsListedToIssuers,
       ranked <> wasRanked OR shared <> wasShared OR listChanged > 0 AS changed
