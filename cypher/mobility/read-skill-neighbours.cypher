// Purpose: each skill's broader, narrower and related skills, loaded once per 'skills' version into the mobility
// snapshot (src/use-cases/mobility-catalogue.ts) for the blend's related-skills signal. Parameters: none.
// Returns one row per skill with neighbours: skillId, neighbourIds.
MATCH (s:Skill)-[:BROADER|RELATED_TO]-(n:Skill)
  WHERE n <> s
RETURN s.id AS skillId, collect(DISTINCT n.id) AS neighbourIds
