-- reads: nothing
-- writes: gdelt_rejected_batch
-- Batches rejected whole because too many of their in-scope rows failed (empty for a replay).
create or replace temp table gdelt_rejected_batch (batch_id varchar, reason varchar);
