// Purpose: how many batches of each step of an import run are already committed (for resuming).
// Parameters: $run: the run id. Returns: step, batches, done.
MATCH (c:ImportCheckpoint {run: $run})
RETURN c.step AS step, c.batches AS batches, c.done AS done
