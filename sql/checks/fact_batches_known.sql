-- reads: batch_ledger, fact_event
-- writes: nothing
-- fact_event rows whose batch is not a loaded batch of the ledger.
select count(*) from fact_event as f
where not exists (select 1 from batch_ledger as b where b.batch_id = f.batch_id and b.status = 'loaded');
