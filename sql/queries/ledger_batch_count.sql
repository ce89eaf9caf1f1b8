-- reads: batch_ledger
-- writes: nothing
-- Not a table: how many batches a warehouse has recorded; 0 means a load created the file and failed first.
select count(*) from batch_ledger
