-- reads: batch_ledger, fetch_log, source_watermark
-- writes: nothing
-- Not a table: the per-source listing behind `allywatch status` (freshness, counts, upstream watermark,
-- and fetch failures for the news sources).
with

batches as (
    select
        case when source in ('rss', 'doc_api', 'file') then 'news' else source end as source_group,
        source,
        max(item_time) filter (where status = 'loaded') as newest_loaded_item,
        max(finished_at) filter (where status = 'loaded') as last_loaded_at,
        count(*) filter (where status = 'loaded') as loaded,
        count(*) filter (where status = 'rejected') as rejected,
        count(*) filter (where status = 'failed') as failed,
        count(*) filter (where status = 'gave_up') as gave_up,
        max(finished_at) as last_batch_at
    from batch_ledger
    where source <> 'run'  -- runs skipped on a busy warehouse are listed by skipped_runs.sql
    group by source
),

fetches as (
    select
        case when kind = 'feed' then 'rss' when kind = 'doc_api' then 'doc_api' else 'rss' end as source,
        count(*) filter (where status = 'failed') as fetch_failed,
        count(*) filter (where status = 'gave_up') as fetch_gave_up
    from fetch_log
    group by 1
),

final as (
    select
        b.source_group,
        b.source,
        b.newest_loaded_item,
        w.newest_seen as newest_seen_upstream,
        b.last_loaded_at,
        b.loaded,
        b.rejected,
        b.failed + coalesce(f.fetch_failed, 0) as failed,
        b.gave_up + coalesce(f.fetch_gave_up, 0) as gave_up,
        b.last_batch_at,
        w.skipped_list_lines
    from batches as b
    left join source_watermark as w on w.source = b.source
    left join fetches as f on f.source = b.source
)

select * from final
order by source;
