// Purpose: the cheapest round trip that proves the database answers (the database status probe).
// Parameters: none. Returns one row: ok.
RETURN 1 AS ok
