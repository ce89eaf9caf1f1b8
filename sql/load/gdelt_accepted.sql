-- reads: fact_event, gdelt_rejected_batch, gdelt_row_failure, stg_event
-- writes: gdelt_accepted
-- In-scope rows that passed validation, marked as duplicates when their event is already in
-- fact_event or appeared earlier in this group (GDELT re-publishes events in later files).
create or replace temp table gdelt_accepted as
with

passing as (
    select s.*, natural_key('gdelt:' || s.global_event_id) as event_key
    from stg_event as s
    where s.row_id not in (select row_id from gdelt_row_failure)
      and s.batch_id not in (select batch_id from gdelt_rejected_batch)
),

-- Events that appear more than once in the group, with the row that came first: a grouped
-- aggregate, cheaper than numbering every row with a window.
repeated as (
    select event_key, min(row_id) as first_row
    from passing
    group by event_key
    having count(*) > 1
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
        p.*,
        (p.row_id > coalesce(r.first_row, p.row_id) or p.event_key in (select event_key from stored))
            as is_duplicate
    from passing as p
    left join repeated as r on r.event_key = p.event_key
)

select * from final;
