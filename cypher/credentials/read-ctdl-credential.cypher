// Purpose: what the CTDL export of a credential says (src/badges/ctdl.ts): its text, EU workload, awarding
// organisation, certified skills with a public URI, and its stack links. Parameters: $credentialId. Returns one row
// when the credential exists: credential {id, title, description, language, url, learningOutcomes, workloadHours,
// ects}, ownerId, skills: [{uri, name, taxonomy}], parts, partOf (credential ids).
MATCH (c:Credential {id: $credentialId})
OPTIONAL MATCH (c)<-[:AWARDS]-(o:Organization)
RETURN c {.id, .title, .description, .language, .url, .learningOutcomes, .workloadHours, .ects} AS credential,
       o.id AS ownerId,
       [(c)-[:CERTIFIES]->(s:Skill) WHERE s.uri IS NOT NULL | {uri: s.uri, name: s.name, taxonomy: s.taxonomy}] AS skills,
       [(part:Credential)-[:PART_OF]->(c) | part.id] AS parts,
       [(c)-[:PART_OF]->(stack:Credential) | stack.id] AS partOf
