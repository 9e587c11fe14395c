// Purpose: store roles' embeddings (32-bit float vectors, indexed by role_embedding) with the hash of the text and
// model they came from, and bump the 'roleVectors' version so every API process reloads its role vectors.
// Parameters: $rows: [{id, vector: [float], hash}]. Returns: written (count).
UNWIND $rows AS row
MATCH (r:Role {id: row.id})
CALL db.create.setNodeVectorProperty(r, 'embedding', row.vector)
SET r.embeddingHash = row.hash
WITH count(r) AS written
MERGE (v:GraphVersion {key: 'roleVectors'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
RETURN written
