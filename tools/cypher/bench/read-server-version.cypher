// Purpose: the server's version and edition, printed with the benchmark's figures.
// Parameters: none. Returns one row: version, edition.
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
