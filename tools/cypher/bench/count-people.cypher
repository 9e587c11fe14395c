// Purpose: how many people have ids with a prefix (the benchmark's population: generated or demo people).
// Parameters: $prefix. Returns: people.
MATCH (p:Person) WHERE p.id STARTS WITH $prefix
RETURN count(p) AS people
