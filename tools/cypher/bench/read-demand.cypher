// Purpose: the naive baseline's demand side (tools/bench/naive.ts): skill demand in an org unit (and the units below
// it) or the whole organisation, the positions (headcount + openings) of roles that require the skill as essential, at
// the highest level any of them asks. The API computes it in memory (src/use-cases/supply-demand.ts).
// Parameters: $orgUnitId (null: all units).
// Returns one row: unitFound, skills: [{skillId, skillName, level, headcount, openings, byLevel: [{level, headcount,
// openings, roles}]}].
OPTIONAL MATCH (unit:OrgUnit {id: $orgUnitId})
CALL (unit) {
  // Positions are summed per role first, so that each role's requirements are expanded once, not once per unit.
  MATCH (u:OrgUnit)-[pos:HAS_POSITION]->(r:Role)
    WHERE $orgUnitId IS NULL OR EXISTS { (u)-[:SUB_UNIT_OF*0..10]->(unit) }
  WITH r, sum(pos.headcount) AS roleHeadcount, sum(pos.openings) AS roleOpenings
  MATCH (r)-[q:REQUIRES]->(s:Skill)
    WHERE q.importance = 'ESSENTIAL'
  WITH s, q.level AS level, sum(roleHeadcount) AS headcount, sum(roleOpenings) AS openings, collect(DISTINCT r.title) AS roles
  ORDER BY level DESC
  WITH s, collect({level: level, headcount: headcount, openings: openings, roles: roles}) AS byLevel
  RETURN collect({skillId: s.id, skillName: s.name, level: byLevel[0].level, byLevel: byLevel,
                  headcount: reduce(total = 0, x IN byLevel | total + x.headcount),
                  openings: reduce(total = 0, x IN byLevel | total + x.openings)}) AS skills
}
RETURN $orgUnitId IS NULL OR unit IS NOT NULL AS unitFound, skills
