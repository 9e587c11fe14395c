// Purpose: what Query.me names for the signed-in caller: the employee's own person, the units a planner's token
// claims (not the units below them), the partner's organisation. Parameters: $personId (null unless an employee),
// $unitIds, $organizationId (null unless a partner). Returns one row: person ({id, name} or null), sharing (the person's settings, defaults applied, or null), units,
// organization.
OPTIONAL MATCH (p:Person {id: $personId})
OPTIONAL MATCH (o:Organization {id: $organizationId})
CALL () {
  UNWIND $unitIds AS unitId
  MATCH (u:OrgUnit {id: unitId})
  RETURN collect({id: u.id, name: u.name}) AS units
}
RETURN CASE WHEN p IS NULL THEN null ELSE {id: p.id, name: p.name} END AS person,
       CASE WHEN p IS NULL THEN null
         ELSE {inRankings: coalesce(p.sharesInRankings, true), contactToPlanners: coalesce(p.sharesContact, false),
               holdingsListedToIssuers: [(p)-[h:HOLDS]->(c:Credential) WHERE h.listedToIssuer | c.id],
               learningPartners: coalesce(p.learningPartnerIds, [])} END AS sharing, units,
       CASE WHEN o IS NULL THEN null ELSE {id: o.id, name: o.name} END AS organization
