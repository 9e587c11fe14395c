// Purpose: what the EU micro-credential check reads about one credential (src/domain/eu-compliance.ts). Parameters:
// $credentialId. Returns one row when the credential exists: credentialId, facts {title, awardingBody,
// issuerCountry, learningOutcomes, workloadHours, ects, eqfLevel, assessmentType, participationForm,
// qualityAssurance, prerequisites (titles), identityVerification, gradingScheme, stackable, furtherInformation,
// language}.
MATCH (c:Credential {id: $credentialId})
OPTIONAL MATCH (c)<-[:AWARDS]-(o:Organization)
RETURN c.id AS credentialId,
       {title: c.title, awardingBody: o.name, issuerCountry: o.country, learningOutcomes: coalesce(c.learningOutcomes, []),
        workloadHours: c.workloadHours, ects: c.ects, eqfLevel: c.eqfLevel, assessmentType: c.assessmentType,
        participationForm: c.participationForm, qualityAssurance: c.qualityAssurance,
        prerequisites: [(c)-[:REQUIRES_CREDENTIAL]->(r:Credential) | r.title],
        identityVerification: c.identityVerification, gradingScheme: c.gradingScheme,
        stackable: EXISTS { (c)-[:PART_OF]-(:Credential) }, furtherInformation: c.url, language: c.language} AS facts
