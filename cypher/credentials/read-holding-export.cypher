// Purpose: what an Open Badges 3.0 export of one holding says (src/badges/open-badge.ts): the holding, the credential
// with its EU elements and certified skills, the issuing organisation (the holding's issuer, else the credential's
// awarding body) and the learner. Gives the holding its bit in the issuer's status list on its first export (only an
// exported credential can be checked elsewhere), so a write transaction. Parameters: $personId, $credentialId, $issuedAt.
// Returns one row when the holding exists: holding {issuedAt, expiresAt, revokedAt, statusListIndex, evidenceUrl,
// importedJws (an imported holding's signed original)},
// credential {id, title, description, learningOutcomes, workloadHours, ects, eqfLevel, assessmentType,
// participationForm, qualityAssurance, identityVerification, language, url}, skills: [{id, name, uri, taxonomy, level}], issuer {id, name, url,
// country} (null when no organisation issued or awards it), learner {id, name, email}, stack (whether parts stack into it).
MATCH (p:Person {id: $personId})-[h:HOLDS]->(c:Credential {id: $credentialId})
  WHERE datetime.truncate("millisecond", h.issuedAt) = datetime($issuedAt)
OPTIONAL MATCH (c)<-[:AWARDS]-(awarding:Organization)
WITH p, h, c, coalesce(h.issuerId, awarding.id) AS issuerId
OPTIONAL MATCH (o:Organization {id: issuerId})
CALL (h, o) {
  WITH h, o WHERE o IS NOT NULL AND h.statusListIndex IS NULL
  // The increment reads what it writes, so Cypher locks the organisation first: concurrent exports never share a bit.
  SET o.nextStatusIndex = coalesce(o.nextStatusIndex, 0) + 1
  SET h.statusListIndex = o.nextStatusIndex - 1
}
RETURN {issuedAt: h.issuedAt, expiresAt: coalesce(h.expiresAtAsIssued, h.expiresAt), revokedAt: h.revokedAt,
        statusListIndex: h.statusListIndex, evidenceUrl: h.evidenceUrl, importedJws: h.importedJws} AS holding,
       c {.id, .title, .description, .learningOutcomes, .workloadHours, .ects, .eqfLevel, .assessmentType,
          .participationForm, .qualityAssurance, .identityVerification, .language, .url} AS credential,
       [(c)-[l:CERTIFIES]->(s:Skill) | {id: s.id, name: s.name, uri: s.uri, taxonomy: s.taxonomy, level: l.level}] AS skills,
       CASE WHEN o IS NULL THEN null ELSE o {.id, .name, .url, .country} END AS issuer,
       p {.id, .name, .email} AS learner
