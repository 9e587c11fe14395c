// Purpose: a person's sharing settings (schema/self-service.graphql, Sharing): a value given replaces the setting, a
// null keeps it; nothing is written when nothing changes or an organisation named is unknown. Parameters: $personId,
// $inRankings, $contactToPlanners (each true, false or null), $listed (credential ids whose issuer may list the person
// as holder: replaces the set on the person's holdings; null keeps it), $partners (organisation ids the person learns
// with; null keeps them). Returns one row when the person exists: unknownPartners (when not empty, nothing was
// written), inRankings, contactToPlanners, holdingsListedToIssuers, learningPartners (as now in force, defaults
// applied), changed (the caller then marks the person changed in the same transaction: rankings read inRankings from
// the workforce index).
MATCH (p:Person {id: $personId})
WITH p, [id IN coalesce($partners, []) WHERE NOT EXISTS { MATCH (:Organization {id: id}) }] AS unknownPartners
WITH p, unknownPartners, unknownPartners = [] AS write,
     coalesce(p.sharesInRankings, true) AS wasRanked, coalesce(p.sharesContact, false) AS wasShared,
     coalesce(p.learningPartnerIds, []) AS wasPartners
WITH p, unknownPartners, write, wasRanked, wasShared, wasPartners,
     coalesce($inRankings, wasRanked) AS ranked, coalesce($contactToPlanners, wasShared) AS shared,
     coalesce($partners, wasPartners) AS partners
CALL (p, write, wasRanked, ranked) {
  WITH p WHERE write AND ranked <> wasRanked
  SET p.sharesInRankings = ranked
}
CALL (p, write, wasShared, shared) {
  WITH p WHERE write AND shared <> wasShared
  SET p.sharesContact = shared
}
CALL (p, write, wasPartners, partners) {
  WITH p WHERE write AND partners <> wasPartners
  SET p.learningPartnerIds = partners
}
CALL (p, write) {
  MATCH (p)-[h:HOLDS]->(c:Credential)
    WHERE write AND $listed IS NOT NULL AND coalesce(h.listedToIssuer, false) <> (c.id IN $listed)
  SET h.listedToIssuer = c.id IN $listed
  RETURN count(h) AS listChanged
}
RETURN unknownPartners, coalesce(p.sharesInRankings, true) AS inRankings, coalesce(p.sharesContact, false) AS contactToPlanners,
       [(p)-[h:HOLDS]->(c:Credential) WHERE h.listedToIssuer | c.id] AS holdingsListedToIssuers,
       coalesce(p.learningPartnerIds, []) AS learningPartners,
       write AND (ranked <> wasRanked OR shared <> wasShared OR listChanged > 0) AS changed
