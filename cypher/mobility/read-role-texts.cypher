// Purpose: every role's text as its embedding is computed from (src/embeddings/node-vectors.ts), with the hash of the
// text last embedded. Parameters: none. Returns one row per role: id, name (its title), description, embeddingHash.
MATCH (r:Role)
RETURN r.id AS id, r.title AS name, r.description AS description, r.embeddingHash AS embeddingHash
