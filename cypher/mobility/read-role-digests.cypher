// Purpose: what a reload after a profile version change compares, per role, to re-read only the roles that changed
// (src/use-cases/mobility-catalogue.ts): the title and ISCO-08 group, and the count and two sums of hashed requirements (skill node,
// level, importance), a multiset hash that moves when any requirement is added, removed or edited. Skill names are
// not in it: the 'skills' version reloads every profile. id() is the only number Cypher gives a node; it is stable
// for the node's life, which is all a comparison between two reads needs.
// Read in parts that run side by side ($from inclusive, $to exclusive; null: unbounded), one per database thread.
// Parameters: from, to. Returns one row per role of the part: id, title, iscoGroup, requirements, hashA, hashB.
MATCH (r:Role)
WHERE ($from IS NULL OR r.id >= $from) AND ($to IS NULL OR r.id < $to)
CALL (r) {
  OPTIONAL MATCH (r)-[q:REQUIRES]->(s:Skill)
  WITH (id(s) * 8 + coalesce(q.level, 0)) * 2 + CASE q.importance WHEN 'ESSENTIAL' THEN 1 ELSE 0 END AS item
    // Two hashes modulo primes below 2^31 (the products stay below 2^63); the sums stay below 2^53 for any role.
  RETURN count(item) AS requirements,
         sum(((item % 2147483629) * 1103515245 + 12345) % 2147483629) AS hashA,
         sum(((item % 2147483587) * 69069 + 7919) % 2147483587) AS hashB
}
RETURN r.id AS id, r.title AS title, r.iscoGroup AS iscoGroup, requirements, hashA, hashB
