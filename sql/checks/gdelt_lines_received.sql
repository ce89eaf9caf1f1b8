-- reads: batch_ledger
-- writes: nothing
-- Lines received in every GDELT file the ledger knows: the stored GDELT events cannot outnumber them
-- (the bound of stg_event.batch_row_count_sane when `allywatch validate` runs it over fact_event).
select coalesce(sum(received), 0) from batch_ledger where source = 'gdelt';
