// Purpose: every observed internal move between roles: a person's past role (HELD_ROLE) followed by the next role
// they took, past or current (the tenure that starts next). Counted once per person and pair of roles. Cached by
// src/use-cases/mobility-catalogue.ts. Erased people's moves count too, kept as numbers only (ERASED_MOVES, written
// by cypher/people/erase-person.cypher). Parameters: none. Returns one row per pair: fromRoleId, toRoleId, moves.
CALL () {
  MATCH (p:Person)-[h:HELD_ROLE]->(a:Role)
  CALL (p, h) {
    MATCH (p)-[n:HELD_ROLE|HAS_ROLE]->(b:Role)
    WITH b, coalesce(n.from, n.since) AS start
      WHERE start > h.from
    RETURN b
    ORDER BY start
    LIMIT 1
  }
  WITH a, b, count(DISTINCT p) AS moves
    WHERE a <> b
  RETURN a.id AS fromRoleId, b.id AS toRoleId, moves
  UNION ALL
  MATCH (a:Role)-[m:ERASED_MOVES]->(b:Role)
  RETURN a.id AS fromRoleId, b.id AS toRoleId, m.moves AS moves
}
RETURN fromRoleId, toRoleId, sum(moves) AS moves
ORDER BY fromRoleId, toRoleId
