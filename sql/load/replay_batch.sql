-- reads: batch_ledger
-- writes: nothing
-- The source and publication time of the batch a replay names (no row: the ledger does not know it).
-- Parameter: batch_id.
select source, item_time from batch_ledger where batch_id = ?;
