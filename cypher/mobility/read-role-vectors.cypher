// Purpose: every role's embedding, loaded once per 'roleVectors' version into the mobility snapshot
// (src/use-cases/mobility-catalogue.ts) for the semantic signal of adjacentRoles. Parameters: none.
// Returns one row per embedded role: id, vector.
MATCH (r:Role)
  WHERE r.embedding IS NOT NULL
RETURN r.id AS id, r.embedding AS vector
