// Purpose: what the in-process phrase index of skill tagging is keyed on: the 'skills' graph version (bumped when skill
// names or labels may have changed) and the number of skills (count store, O(1)). Parameters: none.
// Returns one row: version (text).
OPTIONAL MATCH (k:GraphVersion {key: 'skills'})
CALL () {
  MATCH (s:Skill)
  RETURN count(s) AS skills
}
RETURN coalesce(k.version, 0) + '/' + skills AS version
