// Purpose: people as the workforce index holds them, a page at a time in id order (a full build) or by id (the people
// changed since the index's version). Each level-giving piece of evidence is one entry: skill evidence with its
// validUntil, each skill a held credential certifies, at the certified level, with the holding's expiresAt, and each
// skill a completed course teaches, at the taught level, valid $completion.validityMonths after completion.
// Parameters: $after (id; '' from the start), $ids (null: page by $after), $limit, $completion: {validityMonths}.
// Returns one row per person: id, availability, location, unitIds, roleIds, allocation (sum over their teams),
// ranked (false when the person opted out of rankings: setSharing),
// (a subquery's aggregation without grouping keys yields one row even when nothing matched, so the lists stay aligned)
// skillIds, levels, sources (each entry's source for the evidence policy: an unverified holding or completion as
// SELF), validUntil (epoch ms; -1: never), evidenceEdges, holdings, completions, teamLinks (edge counts,
// to compare with the count store).
CALL () {
  MATCH (p:Person)
    WHERE $ids IS NULL AND p.id > $after
  RETURN p ORDER BY p.id LIMIT $limit
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (p:Person {id: id})
  RETURN p
}
CALL (p) {
  OPTIONAL MATCH (p)-[:MEMBER_OF]->(u:OrgUnit)
  RETURN collect(u.id) AS unitIds
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_ROLE]->(r:Role)
  RETURN collect(r.id) AS roleIds
}
CALL (p) {
  OPTIONAL MATCH (p)-[t:ON_TEAM]->(:Team)
  RETURN coalesce(sum(t.allocation), 0.0) AS allocation, count(t) AS teamLinks
}
CALL (p) {
  MATCH (p)-[e:HAS_SKILL]->(s:Skill)
    WHERE e.level IS NOT NULL
  RETURN collect(s.id) AS ownIds, collect(e.level) AS ownLevels, collect(e.source) AS ownSources,
         collect(coalesce(e.validUntil.epochMillis, -1)) AS ownUntil
}
CALL (p) {
  OPTIONAL MATCH (p)-[e:HAS_SKILL]->()
  RETURN count(e) AS evidenceEdges
}
CALL (p) {
  OPTIONAL MATCH (p)-[h:HOLDS]->()
  RETURN count(h) AS holdings
}
CALL (p) {
  OPTIONAL MATCH (p)-[d:COMPLETED]->()
  RETURN count(d) AS completions
}
CALL (p) {
  MATCH (p)-[d:COMPLETED]->(:Course)-[t:TEACHES]->(s:Skill)
    WHERE t.level IS NOT NULL
  RETURN collect(s.id) AS taughtIds, collect(t.level) AS taughtLevels,
         collect(CASE WHEN d.verified = false THEN 'SELF' ELSE 'INFERRED' END) AS taughtSources,
         collect((d.completedAt + duration({months: $completion.validityMonths})).epochMillis) AS taughtUntil
}
CALL (p) {
  MATCH (p)-[h:HOLDS]->(:Credential)-[c:CERTIFIES]->(s:Skill)
    WHERE c.level IS NOT NULL
  RETURN collect(s.id) AS certIds, collect(c.level) AS certLevels,
         collect(CASE WHEN h.verified = false THEN 'SELF' ELSE 'CREDENTIAL' END) AS certSources, collect(coalesce(h.expiresAt.epochMillis, -1)) AS certUntil
}
RETURN p.id AS id, p.availability AS availability, p.location AS location, unitIds, roleIds, allocation,
       coalesce(p.sharesInRankings, true) AS ranked,
       ownIds + certIds + taughtIds AS skillIds, ownLevels + certLevels + taughtLevels AS levels,
       ownSources + certSources + taughtSources AS sources,
       ownUntil + certUntil + taughtUntil AS validUntil, evidenceEdges, holdings, completions, teamLinks
ORDER BY id
