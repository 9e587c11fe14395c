// Purpose: Query.searchSkills in LEXICAL mode: skills whose name or alternative labels match every word of the query
// as a prefix (full-text index skill_names), optionally in one taxonomy. Parameters: $query, $k, $taxonomy.
// Returns up to $k rows, best first: skillId, score.
WITH [t IN split(apoc.text.regreplace(toLower($query), '[^\\p{L}\\p{N}]+', ' '), ' ') WHERE t <> '' | t + '*'] AS terms
WHERE size(terms) > 0
CALL db.index.fulltext.queryNodes('skill_names', apoc.text.join(terms, ' AND '), {limit: $k}) YIELD node, score
WITH node, score
WHERE $taxonomy IS NULL OR node.taxonomy = $taxonomy
RETURN node.id AS skillId, score
