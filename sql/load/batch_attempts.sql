-- reads: batch_ledger
-- writes: nothing
-- How many times the ledger has tried a batch so far (no row: never). Parameter $batch_id.
select attempts from batch_ledger where batch_id = $batch_id;
