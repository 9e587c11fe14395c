// Purpose: baseline for Query.searchSkills: the same full-text lookup, by hand.
// Parameters: $query, $first. Returns: id, name, altLabels.
WITH [t IN split(apoc.text.regreplace(toLower($query), '[^\\p{L}\\p{N}]+', ' '), ' ') WHERE t <> '' | t + '*'] AS terms
WHERE size(terms) > 0
CALL db.index.fulltext.queryNodes('skill_names', apoc.text.join(terms, ' AND '), {limit: $first}) YIELD node
RETURN node.id AS id, node.name AS name, node.altLabels AS altLabels
