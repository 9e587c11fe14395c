// Purpose: what skill tagging's in-process indexes are keyed on: the 'skills' graph version (bumped when skill names
// or labels may have changed) with the number of skills, and the 'roleProfiles' version with the numbers of roles and
// requirements (count store, O(1)). Parameters: none. Returns one row: skills, roles (versions, as text).
OPTIONAL MATCH (k:GraphVersion {key: 'skills'})
OPTIONAL MATCH (p:GraphVersion {key: 'roleProfiles'})
CALL () {
  MATCH (s:Skill)
  RETURN count(s) AS skills
}
CALL () {
  MATCH (r:Role)
  RETURN count(r) AS roles
}
CALL () {
  MATCH ()-[q:REQUIRES]->()
  RETURN count(q) AS requirements
}
RETURN coalesce(k.version, 0) + '/' + skills AS skills, coalesce(p.version, 0) + '/' + roles + '/' + requirements AS roles
