// Purpose: what the in-process workforce index (src/use-cases/workforce-cache.ts) is keyed on: the 'workforce' version
// (bumped by the mutation guard when a generated mutation touches people, org units and their positions, credentials,
// skills, teams, what courses teach or who completed them;
// the index is then rebuilt), the 'people' version (bumped with each person's own writes: evidence, issued
// credentials; the index then re-reads only those people), and counts from the count store (O(1)) that catch
// out-of-band writes adding or removing what the index holds. Parameters: none.
// Returns one row: workforce, people (versions), structure (text: org units, hierarchy links, certifications, positions),
// persons, evidence, holdings, completions, memberships, roleLinks, teamLinks (counts).
OPTIONAL MATCH (w:GraphVersion {key: 'workforce'})
OPTIONAL MATCH (v:GraphVersion {key: 'people'})
CALL () {
  MATCH (u:OrgUnit)
  RETURN count(u) AS units
}
CALL () {
  MATCH ()-[l:SUB_UNIT_OF]->()
  RETURN count(l) AS unitLinks
}
CALL () {
  MATCH ()-[c:CERTIFIES]->()
  RETURN count(c) AS certifications
}
CALL () {
  MATCH ()-[pos:HAS_POSITION]->()
  RETURN count(pos) AS positions
}
CALL () {
  MATCH (p:Person)
  RETURN count(p) AS persons
}
CALL () {
  MATCH ()-[e:HAS_SKILL]->()
  RETURN count(e) AS evidence
}
CALL () {
  MATCH ()-[h:HOLDS]->()
  RETURN count(h) AS holdings
}
CALL () {
  MATCH ()-[d:COMPLETED]->()
  RETURN count(d) AS completions
}
CALL () {
  MATCH ()-[m:MEMBER_OF]->()
  RETURN count(m) AS memberships
}
CALL () {
  MATCH ()-[r:HAS_ROLE]->()
  RETURN count(r) AS roleLinks
}
CALL () {
  MATCH ()-[t:ON_TEAM]->()
  RETURN count(t) AS teamLinks
}
RETURN coalesce(w.version, 0) AS workforce, coalesce(v.version, 0) AS people,
       units + '/' + unitLinks + '/' + certifications + '/' + positions AS structure,
       persons, evidence, holdings, completions, memberships, roleLinks, teamLinks
