// Purpose: for each (person, role) pair, the person's evidence for each requirement of the role: their own skill
// evidence, held credentials that certify the skill, and (when $includeNarrower) the same for skills one level
// narrower. Validity and levels are worked out in src/domain/evidence.ts. Serves skillGap and Person.fitFor.
// Parameters: $pairs: [{personId, roleId}], $includeNarrower.
// Returns one row per pair, in input order: personId, roleId, personFound, personName, roleFound, roleTitle,
// requirements: [{skillId, skillName, level, importance, evidence: [{source, level, assessedAt, validUntil,
// credentialId, credentialTitle, verified, skillId, skillName, viaNarrower}]}].
UNWIND range(0, size($pairs) - 1) AS i
WITH i, $pairs[i] AS pair
OPTIONAL MATCH (p:Person {id: pair.personId})
OPTIONAL MATCH (r:Role {id: pair.roleId})
CALL (p, r) {
  MATCH (r)-[q:REQUIRES]->(s:Skill)
  CALL (p, s) {
    MATCH (p)-[e:HAS_SKILL]->(s)
    RETURN collect({source: e.source, level: e.level, assessedAt: e.assessedAt, validUntil: e.validUntil,
                    skillId: s.id, skillName: s.name, viaNarrower: false}) AS own
  }
  CALL (p, s) {
    MATCH (p)-[h:HOLDS]->(c:Credential)-[cert:CERTIFIES]->(s)
    RETURN collect({source: 'CREDENTIAL', level: cert.level, assessedAt: h.issuedAt, validUntil: h.expiresAt,
                    credentialId: c.id, credentialTitle: c.title, verified: h.verified,
                    skillId: s.id, skillName: s.name, viaNarrower: false}) AS certified
  }
  CALL (p, s) {
    OPTIONAL MATCH (n:Skill)-[:BROADER]->(s) WHERE $includeNarrower
    CALL (p, n) {
      MATCH (p)-[e:HAS_SKILL]->(n)
      RETURN {source: e.source, level: e.level, assessedAt: e.assessedAt, validUntil: e.validUntil,
              skillId: n.id, skillName: n.name, viaNarrower: true} AS item
      UNION ALL
      MATCH (p)-[h:HOLDS]->(c:Credential)-[cert:CERTIFIES]->(n)
      RETURN {source: 'CREDENTIAL', level: cert.level, assessedAt: h.issuedAt, validUntil: h.expiresAt,
              credentialId: c.id, credentialTitle: c.title, verified: h.verified,
              skillId: n.id, skillName: n.name, viaNarrower: true} AS item
    }
    RETURN collect(item) AS narrower
  }
  RETURN collect({skillId: s.id, skillName: s.name, level: q.level, importance: q.importance,
                  evidence: own + certified + narrower}) AS requirements
}
RETURN pair.personId AS personId, pair.roleId AS roleId, p IS NOT NULL AS personFound, p.name AS personName,
       r IS NOT NULL AS roleFound, r.title AS roleTitle, requirements
ORDER BY i
