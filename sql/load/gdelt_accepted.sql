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

id_range as (
    select min(global_event_id) as low, max(global_event_id) as high from passing
),

-- GDELT ids grow over time, so only fact rows in the group's id range can repeat it; the range
-- lets DuckDB skip row groups by their min/max instead of reading every stored key.
stored as (
    select f.event_key
    from fact_event as f, id_range as i
    where f.origin = 'gdelt' and f.gdelt_event_id between i.low and i.high
),

final as (
    select
        r.*,
        (r.seen > 1 or r.event_key in (select event_key from stored)) as is_duplicate
    from ranked as r
)

select * from final;
