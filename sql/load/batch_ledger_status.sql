-- reads: batch_ledger
-- writes: nothing
-- Status and attempts of the given batches that the ledger already knows. Parameter $batch_ids.
select batch_id, status, attempts
from batch_ledger
where batch_id in (select unnest($batch_ids::varchar[]));
