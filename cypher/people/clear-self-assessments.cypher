// Purpose: a person withdraws their own self-assessments of a skill (source SELF, every date); evidence others wrote
// (a manager, an assessment, credentials, completions) stays.
// Parameters: $personId, $skillId. Returns one row, withdrawn (the number of self-assessments removed), or no row
// when there were none (so nothing is marked changed).
MATCH (:Person {id: $personId})-[claim:HAS_SKILL {source: 'SELF'}]->(:Skill {id: $skillId})
WITH collect(claim) AS claims
  WHERE size(claims) > 0
FOREACH (claim IN claims | DELETE claim)
RETURN size(claims) AS withdrawn
