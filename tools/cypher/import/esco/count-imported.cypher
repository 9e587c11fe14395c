// Purpose: what an ESCO import put in the database, for checking against the source row counts.
// Parameters: none. Returns: one row per kind: kind, count.
CALL () { MATCH (n:Skill {taxonomy: 'ESCO'}) RETURN 'Skill' AS kind, count(n) AS count
  UNION ALL MATCH (n:SkillGroup {taxonomy: 'ESCO'}) RETURN 'SkillGroup' AS kind, count(n) AS count
  UNION ALL MATCH (n:Role {taxonomy: 'ESCO'}) RETURN 'Role' AS kind, count(n) AS count
  UNION ALL MATCH (n:OccupationGroup {taxonomy: 'ESCO'}) RETURN 'OccupationGroup' AS kind, count(n) AS count
  UNION ALL MATCH (:Skill|SkillGroup {taxonomy: 'ESCO'})-[r:BROADER]->(:Skill|SkillGroup {taxonomy: 'ESCO'}) RETURN 'BROADER (skill pillar)' AS kind, count(r) AS count
  UNION ALL MATCH (:Skill {taxonomy: 'ESCO'})-[r:RELATED_TO]->(:Skill {taxonomy: 'ESCO'}) RETURN 'RELATED_TO' AS kind, count(r) AS count
  UNION ALL MATCH (:Role|OccupationGroup {taxonomy: 'ESCO'})-[r:BROADER]->(:Role|OccupationGroup {taxonomy: 'ESCO'}) RETURN 'BROADER (occupation pillar)' AS kind, count(r) AS count
  UNION ALL MATCH (:Role {taxonomy: 'ESCO'})-[r:REQUIRES]->(:Skill {taxonomy: 'ESCO'}) RETURN 'REQUIRES' AS kind, count(r) AS count
  UNION ALL MATCH (n:Skill {taxonomy: 'ESCO'}) UNWIND n.tags AS tag RETURN 'Skill tag ' + tag AS kind, count(*) AS count
  UNION ALL MATCH (n:Role {taxonomy: 'ESCO'}) UNWIND n.tags AS tag RETURN 'Role tag ' + tag AS kind, count(*) AS count
}
RETURN kind, count
