-- reads: batch_ledger, gdelt_batch_file, gdelt_settled_batch, stg_event
-- writes: gdelt_batch_count, gdelt_batch_file, gdelt_rejected_batch, gdelt_row_failure, gdelt_settled_batch, gdelt_staged_quarantine, stg_event
-- Batches of a staged group that the ledger already holds as settled (loaded, rejected, gave_up), say
-- loaded by an overlapping run, leave the group before anything is stored: their ledger row and
-- facts stay as they are (loading one again would add its events to fact_support_daily twice).
-- Input: the staged temp tables of gdelt_load.load_staged. Output: temp table gdelt_settled_batch.
create or replace temp table gdelt_settled_batch as
select batch_id
from batch_ledger
where status in ('loaded', 'rejected', 'gave_up')
  and batch_id in (select batch_id from gdelt_batch_file);

delete from gdelt_row_failure
where row_id in (select row_id from stg_event where batch_id in (select batch_id from gdelt_settled_batch));

delete from stg_event where batch_id in (select batch_id from gdelt_settled_batch);

delete from gdelt_batch_count where batch_id in (select batch_id from gdelt_settled_batch);

delete from gdelt_rejected_batch where batch_id in (select batch_id from gdelt_settled_batch);

delete from gdelt_staged_quarantine where batch_id in (select batch_id from gdelt_settled_batch);

delete from gdelt_batch_file where batch_id in (select batch_id from gdelt_settled_batch);
