// Purpose: what an O*NET import put in the database, for checking against the source row counts.
// Parameters: none. Returns: one row per kind: kind, count.
CALL () { MATCH (n:Skill {taxonomy: 'ONET'}) RETURN 'Skill' AS kind, count(n) AS count
  UNION ALL MATCH (n:SkillGroup {taxonomy: 'ONET'}) RETURN 'SkillGroup' AS kind, count(n) AS count
  UNION ALL MATCH (n:Role {taxonomy: 'ONET'}) RETURN 'Role' AS kind, count(n) AS count
  UNION ALL MATCH (:Skill|SkillGroup {taxonomy: 'ONET'})-[r:BROADER]->(:SkillGroup {taxonomy: 'ONET'}) RETURN 'BROADER' AS kind, count(r) AS count
  UNION ALL MATCH (:Role {taxonomy: 'ONET'})-[r:REQUIRES]->(s:Skill {taxonomy: 'ONET'}) WHERE NOT s.id STARTS WITH 'onet:tech:' RETURN 'REQUIRES (skills and knowledge)' AS kind, count(r) AS count
  UNION ALL MATCH (:Role {taxonomy: 'ONET'})-[r:REQUIRES]->(s:Skill {taxonomy: 'ONET'}) WHERE s.id STARTS WITH 'onet:tech:' RETURN 'REQUIRES (technology)' AS kind, count(r) AS count
  UNION ALL MATCH (:Role {taxonomy: 'ESCO'})-[r:EQUIVALENT_TO]->(:Role {taxonomy: 'ONET'}) RETURN 'EQUIVALENT_TO (ESCO to O*NET)' AS kind, count(r) AS count
  UNION ALL MATCH (n:Role {taxonomy: 'ONET'}) WHERE n.jobZone IS NOT NULL RETURN 'Role with job zone' AS kind, count(n) AS count
  UNION ALL MATCH (n:Role {taxonomy: 'ONET'}) RETURN 'alternate titles' AS kind, sum(size(n.altTitles)) AS count
}
RETURN kind, count
