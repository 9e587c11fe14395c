// Purpose: a person's evidence for a list of skills: own skill evidence and held credentials that certify the skill
// (validity is judged in src/services/evidence.ts). Serves learning plans and credential progress.
// Parameters: $personId, $skillIds.
// Returns one row: personFound, personName, skills: [{skillId, skillName, evidence: [{source, level, assessedAt,
// validUntil, credentialId, credentialTitle, verified, skillId, skillName, viaNarrower}]}] (skills that exist only).
OPTIONAL MATCH (p:Person {id: $personId})
CALL (p) {
  UNWIND $skillIds AS skillId
  MATCH (s:Skill {id: skillId})
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
  RETURN collect({skillId: s.id, skillName: s.name, evidence: own + certified}) AS skills
}
RETURN p IS NOT NULL AS personFound, p.name AS personName, skills
