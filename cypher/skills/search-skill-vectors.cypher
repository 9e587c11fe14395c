// Purpose: for each of a text's sentence embeddings, the nearest skills (vector index skill_embedding, cosine),
// optionally in one taxonomy. Parameters: $queries: [{query: int, vector: [float]}], $k: candidates asked of the index
// per query, $taxonomy: null or a taxonomy. Returns up to $k rows per query, nearest first: query, skillId, score (the
// index's cosine similarity mapped to 0..1).
UNWIND $queries AS q
CALL db.index.vector.queryNodes('skill_embedding', $k, q.vector) YIELD node, score
WITH q, node, score
WHERE $taxonomy IS NULL OR node.taxonomy = $taxonomy
RETURN q.query AS query, node.id AS skillId, score
