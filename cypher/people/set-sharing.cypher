// Purpose: a person's sharing settings (schema/self-service.graphql, Sharing): a value given replaces the setting, a
// null keeps it. The caller marks the person changed in the same transaction (rankings read inRankings from the
// workforce index). Parameters: $personId, $inRankings, $contactToPlanners (each true, false or null).
// Returns one row when the person exists: inRankings, contactToPlanners (as now in force, defaults applied).
MATCH (p:Person {id: $personId})
SET p.sharesInRankings = coalesce($inRankings, p.sharesInRankings),
    p.sharesContact = coalesce($contactToPlanners, p.sharesContact)
RETURN coalesce(p.sharesInRankings, true) AS inRankings, coalesce(p.sharesContact, false) AS contactToPlanners
