// Purpose: unique ids for every node label; also the lookup index for each id.
// Parameters: none. Returns: nothing. Applied idempotently at start-up (IF NOT EXISTS), one statement per line group.
CREATE CONSTRAINT skill_id IF NOT EXISTS FOR (n:Skill) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT skill_group_id IF NOT EXISTS FOR (n:SkillGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT course_id IF NOT EXISTS FOR (n:Course) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT credential_id IF NOT EXISTS FOR (n:Credential) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_email IF NOT EXISTS FOR (n:Person) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT credential_offer_id IF NOT EXISTS FOR (n:CredentialOffer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT erased_person_id IF NOT EXISTS FOR (n:ErasedPerson) REQUIRE n.personId IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT org_unit_id IF NOT EXISTS FOR (n:OrgUnit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT team_id IF NOT EXISTS FOR (n:Team) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT occupation_group_id IF NOT EXISTS FOR (n:OccupationGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_checkpoint_id IF NOT EXISTS FOR (n:ImportCheckpoint) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT skill_suggestion_id IF NOT EXISTS FOR (n:SkillSuggestion) REQUIRE n.id IS UNIQUE;
