// Purpose: every skill's preferred and alternative labels, for the in-process phrase index of skill tagging.
// Parameters: none. Returns one row per skill: skillId, name, altLabels, taxonomy, reuseLevel.
MATCH (s:Skill)
RETURN s.id AS skillId, s.name AS name, s.altLabels AS altLabels, s.taxonomy AS taxonomy, s.reuseLevel AS reuseLevel
