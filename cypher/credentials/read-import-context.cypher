// Purpose: what importCredential needs before it writes: the importing person's email (the credential's learner
// must be them) and the skills whose URI one of the credential's alignments names (index skill_uri).
// Parameters: $personId, $uris. Returns one row: personFound, email, skills: [{uri, skillId, name}].
OPTIONAL MATCH (p:Person {id: $personId})
CALL () {
  UNWIND $uris AS uri
  MATCH (s:Skill {uri: uri})
  RETURN collect({uri: uri, skillId: s.id, name: s.name}) AS skills
}
RETURN p IS NOT NULL AS personFound, p.email AS email, skills
