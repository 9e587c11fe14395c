// Purpose: suggested courses for transition gaps: per (skill, level) need, up to three courses teaching the skill,
// those reaching the level first, then the shortest. Parameters: $needs: [{skillId, level}].
// Returns one row per need, in input order: skillId, level, courses: [{id, title, minutes, cost, currency, level}].
UNWIND range(0, size($needs) - 1) AS i
WITH i, $needs[i] AS need
CALL (need) {
  OPTIONAL MATCH (:Skill {id: need.skillId})<-[t:TEACHES]-(c:Course)
  WITH c, t
    ORDER BY t.level >= need.level DESC, c.durationMinutes, c.id
  RETURN collect({id: c.id, title: c.title, minutes: c.durationMinutes, cost: c.cost, currency: c.currency, level: t.level})[0..3] AS courses
}
RETURN need.skillId AS skillId, need.level AS level, courses
ORDER BY i
