// Purpose: wait until every index is online (after create-constraints and create-indexes), up to 300 s.
// Parameters: none. Returns nothing.
CALL db.awaitIndexes(300)
