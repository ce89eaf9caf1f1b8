-- reads: batch_ledger
-- writes: nothing
-- Status of every GDELT batch the ledger knows, for planning which listed files are pending.
select batch_id, status from batch_ledger where source = 'gdelt';
