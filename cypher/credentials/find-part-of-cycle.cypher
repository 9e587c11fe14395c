// Purpose: a credential that is (through any number of PART_OF links) part of itself, if there is one. Run inside a
// mutation's transaction after it edits stack links; a row means the mutation must be rolled back.
// Parameters: none. Returns at most one row: ids, titles (the cycle, starting and ending at the same credential).
MATCH (c:Credential)
  WHERE EXISTS { (c)-[:PART_OF]->() }
MATCH path = (c)-[:PART_OF*1..20]->(c)
RETURN [n IN nodes(path) | n.id] AS ids, [n IN nodes(path) | n.title] AS titles
LIMIT 1
