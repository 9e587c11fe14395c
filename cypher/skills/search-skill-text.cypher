// Purpose: for each of a text's sentences, BM25 full-text search over skills' names, alternative labels and
// descriptions (index skill_text, English analyser), optionally in one taxonomy. Parameters: $queries: [{query: int,
// text: words only, no query syntax}], $k per query, $taxonomy. Returns up to $k rows per query, best first: query,
// skillId, score.
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('skill_text', q.text, {limit: $k}) YIELD node, score
WITH q, node, score
WHERE $taxonomy IS NULL OR node.taxonomy = $taxonomy
RETURN q.query AS query, node.id AS skillId, score
