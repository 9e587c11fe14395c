// Purpose: what the CTDL export of a course says (src/badges/ctdl.ts): its text, duration, delivery, cost, provider
// and the skills it teaches with a public URI. Parameters: $courseId. Returns one row when the course exists:
// course {id, title, description, language, url, durationMinutes, format, cost, currency}, ownerId,
// skills: [{uri, name, taxonomy}].
MATCH (k:Course {id: $courseId})
OPTIONAL MATCH (k)<-[:PROVIDES]-(o:Organization)
RETURN k {.id, .title, .description, .language, .url, .durationMinutes, .format, .cost, .currency} AS course,
       o.id AS ownerId,
       [(k)-[:TEACHES]->(s:Skill) WHERE s.uri IS NOT NULL | {uri: s.uri, name: s.name, taxonomy: s.taxonomy}] AS skills
