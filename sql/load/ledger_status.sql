-- Not a table: the per-source listing behind `allywatch status`.
select
    source,
    max(item_time) filter (where status = 'loaded') as newest_loaded_item,
    count(*) filter (where status = 'loaded') as loaded,
    count(*) filter (where status = 'rejected') as rejected,
    count(*) filter (where status = 'failed') as failed,
    count(*) filter (where status = 'gave_up') as gave_up,
    max(finished_at) as last_batch_at
from batch_ledger
group by source
order by source;
