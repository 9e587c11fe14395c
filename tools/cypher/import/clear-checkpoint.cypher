// Purpose: forget an import run's checkpoints, to start it over. Parameters: $run. Returns: nothing.
MATCH (c:ImportCheckpoint {run: $run})
DELETE c
