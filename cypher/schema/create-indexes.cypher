// Purpose: lookups used by traversals and the catalogue, the full-text indexes behind Query.searchSkills and skill
// tagging, and the vector indexes over skill and role embeddings (src/embeddings/node-vectors.ts).
// Parameters: none. Returns: nothing. Applied idempotently at start-up (IF NOT EXISTS).
CREATE FULLTEXT INDEX skill_names IF NOT EXISTS FOR (n:Skill) ON EACH [n.name, n.altLabels];
CREATE INDEX skill_name IF NOT EXISTS FOR (n:Skill) ON (n.name);
CREATE INDEX skill_taxonomy IF NOT EXISTS FOR (n:Skill) ON (n.taxonomy);
CREATE INDEX skill_uri IF NOT EXISTS FOR (n:Skill) ON (n.uri);
CREATE INDEX holds_issuer_id IF NOT EXISTS FOR ()-[h:HOLDS]-() ON (h.issuerId);
CREATE INDEX credential_offer_issuer IF NOT EXISTS FOR (n:CredentialOffer) ON (n.issuerId);
CREATE INDEX credential_offer_recipient_email IF NOT EXISTS FOR (n:CredentialOffer) ON (n.recipientEmail);
CREATE INDEX credential_offer_claimed_by IF NOT EXISTS FOR (n:CredentialOffer) ON (n.claimedBy);
CREATE INDEX holds_imported_at IF NOT EXISTS FOR ()-[h:HOLDS]-() ON (h.importedAt);
CREATE INDEX role_title IF NOT EXISTS FOR (n:Role) ON (n.title);
CREATE INDEX role_esco_code IF NOT EXISTS FOR (n:Role) ON (n.escoCode);
CREATE INDEX role_onet_code IF NOT EXISTS FOR (n:Role) ON (n.onetSocCode);
CREATE INDEX course_title IF NOT EXISTS FOR (n:Course) ON (n.title);
CREATE INDEX credential_title IF NOT EXISTS FOR (n:Credential) ON (n.title);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX access_record_person_id IF NOT EXISTS FOR (n:AccessRecord) ON (n.personId);
CREATE INDEX access_record_at IF NOT EXISTS FOR (n:AccessRecord) ON (n.at);
CREATE INDEX person_location IF NOT EXISTS FOR (n:Person) ON (n.location);
CREATE INDEX person_change_version IF NOT EXISTS FOR (n:Person) ON (n.changeVersion);
CREATE INDEX erased_person_change_version IF NOT EXISTS FOR (n:ErasedPerson) ON (n.changeVersion);
CREATE INDEX role_profile_change_version IF NOT EXISTS FOR (n:RoleProfileChange) ON (n.version);
CREATE INDEX requirement_importance IF NOT EXISTS FOR ()-[r:REQUIRES]-() ON (r.importance);
CREATE INDEX evidence_level IF NOT EXISTS FOR ()-[r:HAS_SKILL]-() ON (r.level);
CREATE INDEX holding_expires IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.expiresAt);
CREATE INDEX import_checkpoint_run IF NOT EXISTS FOR (n:ImportCheckpoint) ON (n.run);
CREATE FULLTEXT INDEX skill_text IF NOT EXISTS FOR (n:Skill) ON EACH [n.name, n.altLabels, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE VECTOR INDEX skill_embedding IF NOT EXISTS FOR (n:Skill) ON n.embedding OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX role_embedding IF NOT EXISTS FOR (n:Role) ON n.embedding OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
