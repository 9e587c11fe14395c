// Purpose: what the cached transition index and observed moves are keyed on: the versions that the mutation guard,
// the importers and the seeds bump ('roleProfiles' when requirements change, 'skills' when skill names may have
// changed, 'roleMoves' when role tenures change, 'roleVectors' when role embeddings are written),
// plus counts from the count store (O(1)), so that an out-of-band write adding or removing roles, requirements or
// tenures is noticed too. Parameters: none. Returns one row: profiles, moves (version + counts, as text), skills, roleVectors.
OPTIONAL MATCH (p:GraphVersion {key: 'roleProfiles'})
OPTIONAL MATCH (m:GraphVersion {key: 'roleMoves'})
OPTIONAL MATCH (k:GraphVersion {key: 'skills'})
OPTIONAL MATCH (e:GraphVersion {key: 'roleVectors'})
CALL () {
  MATCH (r:Role)
  RETURN count(r) AS roles
}
CALL () {
  MATCH ()-[q:REQUIRES]->()
  RETURN count(q) AS requirements
}
CALL () {
  MATCH ()-[t:HELD_ROLE]->()
  RETURN count(t) AS tenures
}
CALL () {
  MATCH ()-[t:HAS_ROLE]->()
  RETURN count(t) AS holders
}
RETURN coalesce(p.version, 0) + '/' + roles + '/' + requirements AS profiles, coalesce(k.version, 0) AS skills,
       coalesce(m.version, 0) + '/' + tenures + '/' + holders AS moves, coalesce(e.version, 0) AS roleVectors
