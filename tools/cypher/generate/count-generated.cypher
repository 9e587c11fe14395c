// Purpose: how many generated people a database holds (the benchmark reuses a graph of the right size).
// Parameters: none. Returns: people.
MATCH (p:Person) WHERE p.id STARTS WITH 'gen:person:'
RETURN count(p) AS people
