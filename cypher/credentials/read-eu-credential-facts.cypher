// Purpose: the EU micro-credential check on a partner's save (src/schema/mutation-guard.ts): what the compliance
// check reads (src/domain/eu-compliance.ts) about each credential the organisation awards that is marked as an EU
// micro-credential. Parameters: $organizationId. Returns one row per such credential: credentialId, facts {title,
// awardingBody, issuerCountry, learningOutcomes, workloadHours, ects, eqfLevel, assessmentType, participationForm,
// qualityAssurance, prerequisites (titles), identityVerification, gradingScheme, stackable, furtherInformation, language}.
MATCH (o:Organization {id: $organizationId})-[:AWARDS]->(c:Credential)
  WHERE c.euMicroCredential = true
RETURN c.id AS credentialId,
       {title: c.title, awardingBody: o.name, issuerCountry: o.country, learningOutcomes: coalesce(c.learningOutcomes, []),
        workloadHours: c.workloadHours, ects: c.ects, eqfLevel: c.eqfLevel, assessmentType: c.assessmentType,
        participationForm: c.participationForm, qualityAssurance: c.qualityAssurance,
        prerequisites: [(c)-[:REQUIRES_CREDENTIAL]->(r:Credential) | r.title],
        identityVerification: c.identityVerification, gradingScheme: c.gradingScheme,
        stackable: EXISTS { (c)-[:PART_OF]-(:Credential) }, furtherInformation: c.url, language: c.language} AS facts
ORDER BY credentialId
