// Purpose: record that a batch of an import step is committed; runs in the batch's own transaction, so the
// checkpoint and the data it describes commit together. Parameters: $run, $step, $batches, $done. Returns: nothing.
MERGE (c:ImportCheckpoint {id: $run + '/' + $step})
SET c.run = $run, c.step = $step, c.batches = $batches, c.done = $done, c.updatedAt = datetime()
