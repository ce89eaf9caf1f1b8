-- reads: batch_ledger
-- writes: nothing
-- Not a table: runs that gave up on a busy warehouse, per flow or command, for `allywatch status`.
select item as run, count(*) as skipped, max(started_at) as last_skipped_at, arg_max(error, started_at) as last_error
from batch_ledger
where source = 'run' and status = 'skipped'
group by item
order by item;
