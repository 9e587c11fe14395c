// Purpose: store skills' embeddings (as 32-bit float vectors, indexed by skill_embedding) with the hash of the text
// and model they came from. Parameters: $rows: [{id, vector: [float], hash}]. Returns: written (count).
UNWIND $rows AS row
MATCH (s:Skill {id: row.id})
CALL db.create.setNodeVectorProperty(s, 'embedding', row.vector)
SET s.embeddingHash = row.hash
RETURN count(s) AS written
