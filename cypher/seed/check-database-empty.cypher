// Purpose: whether the database holds no node at all (the demo is loaded only into an empty database).
// Parameters: none. Returns one row: empty.
MATCH (n)
RETURN count(n) = 0 AS empty
