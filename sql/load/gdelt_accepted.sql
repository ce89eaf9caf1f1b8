-- In-scope rows that passed validation, marked as duplicates when their event is already in
-- fact_event or appeared earlier in this group (GDELT re-publishes events in later files).
create or replace temp table gdelt_accepted as
with

passing as (
    select s.*, natural_key('gdelt:' || s.global_event_id) as event_key
    from stg_event as s
    where s.in_scope
      and s.row_id not in (select row_id from gdelt_row_failure)
      and s.batch_id not in (select batch_id from gdelt_rejected_batch)
),

ranked as (
    select *, row_number() over (partition by event_key order by row_id) as seen
    from passing
),

final as (
    select
        r.*,
        (r.seen > 1 or exists (select 1 from fact_event as f where f.event_key = r.event_key))
            as is_duplicate
    from ranked as r
)

select * from final;
