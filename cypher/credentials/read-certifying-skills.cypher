// Purpose: the credentials that certify any of the given skills (to find what a learning plan makes a person
// eligible for). Parameters: $skillIds. Returns one row: ids (distinct credential ids, sorted).
MATCH (s:Skill)<-[:CERTIFIES]-(c:Credential)
  WHERE s.id IN $skillIds
WITH DISTINCT c.id AS id
ORDER BY id
RETURN collect(id) AS ids
