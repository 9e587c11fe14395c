// Purpose: every skill's labels, for the in-process phrase index of skill tagging, and its stored properties, which
// tagging and search answers are given from (src/use-cases/skill-tagging.ts). Parameters: none.
// Returns one row per skill: skillId, name, altLabels, taxonomy, properties (the Skill type's stored scalar fields).
MATCH (s:Skill)
RETURN s.id AS skillId, s.name AS name, s.altLabels AS altLabels, s.taxonomy AS taxonomy,
       s {.id, .name, .description, .altLabels, .type, .reuseLevel, .tags, .taxonomy, .uri} AS properties
