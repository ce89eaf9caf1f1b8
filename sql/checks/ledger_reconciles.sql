-- reads: batch_ledger
-- writes: nothing
-- Batches where received <> loaded + quarantined + filtered + duplicate.
select count(*) from batch_ledger
where received <> loaded + quarantined + filtered + duplicate;
