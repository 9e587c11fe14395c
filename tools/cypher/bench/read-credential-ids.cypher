// Purpose: benchmark inputs: every credential id, in id order (read once per benchmark run).
// Parameters: none. Returns one row: ids.
MATCH (c:Credential)
WITH c.id AS id
ORDER BY id
RETURN collect(id) AS ids
