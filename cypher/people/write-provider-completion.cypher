// Purpose: a course's provider (or an admin) records that one of its learners completed it: a verified completion,
// replacing the person's own unverified record if there was one. A learner as in credentials/issue-holding.cypher.
// Parameters: $personId, $courseId, $completedAt (ISO instant), $evidenceUrl (or null), $recordedBy (the provider's
// organisation id, or 'admin'), $organizationId (the partner's), $anyone (an admin: any person).
// Returns one row when the person is a learner (or $anyone) and both exist: personId, courseId, courseTitle,
// completedAt, verified, evidenceUrl.
MATCH (p:Person {id: $personId})
  WHERE $anyone OR $organizationId IN coalesce(p.learningPartnerIds, [])
     OR EXISTS { (p)-[:COMPLETED]->(:Course)<-[:PROVIDES]-(:Organization {id: $organizationId}) }
     OR EXISTS { (p)-[:HOLDS]->(:Credential)<-[:AWARDS]-(:Organization {id: $organizationId}) }
MATCH (c:Course {id: $courseId})
MERGE (p)-[d:COMPLETED]->(c)
SET d.verified = true, d.completedAt = datetime($completedAt), d.evidenceUrl = $evidenceUrl, d.recordedBy = $recordedBy
RETURN p.id AS personId, c.id AS courseId, c.title AS courseTitle, d.completedAt AS completedAt, d.verified AS verified,
       d.evidenceUrl AS evidenceUrl
