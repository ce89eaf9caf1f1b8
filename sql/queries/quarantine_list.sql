-- reads: quarantine
-- writes: nothing
-- Not a table: the listing behind `allywatch quarantine`. Parameters: $batch, $stage (null = all), $limit.
select batch_id, stage, row_number, expectation, reason, resolved_at
from quarantine
where ($batch is null or batch_id = $batch)
  and ($stage is null or stage = $stage)
order by quarantined_at desc, batch_id, row_number
limit $limit;
