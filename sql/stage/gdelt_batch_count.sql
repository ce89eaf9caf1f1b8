-- reads: gdelt_batch_file, gdelt_reject_scans, gdelt_rejects, raw_gdelt_event, stg_event
-- writes: gdelt_batch_count
-- Per batch of the current group: rows received (parsed + rejected lines) and the scope split
-- (every parsed row is in raw_gdelt_event, the in-scope ones also in stg_event).
create or replace temp table gdelt_batch_count as
with

parsed as (
    select b.batch_id, count(*) as parsed
    from raw_gdelt_event as r
    join gdelt_batch_file as b on b.file_name = r.file_name
    group by b.batch_id
),

scoped as (
    select batch_id, count(*) as in_scope from stg_event group by batch_id
),

rejected_lines as (
    select b.batch_id, count(distinct (e.scan_id, e.file_id, e.line)) as rejected
    from gdelt_rejects as e
    join gdelt_reject_scans as s on s.scan_id = e.scan_id and s.file_id = e.file_id
    join gdelt_batch_file as b on b.file_path = s.file_path
    group by b.batch_id
),

final as (
    select
        b.batch_id,
        coalesce(p.parsed, 0) + coalesce(r.rejected, 0) as received,
        coalesce(r.rejected, 0) as parse_rejected,
        coalesce(s.in_scope, 0) as in_scope,
        coalesce(p.parsed, 0) - coalesce(s.in_scope, 0) as filtered
    from gdelt_batch_file as b
    left join parsed as p on p.batch_id = b.batch_id
    left join scoped as s on s.batch_id = b.batch_id
    left join rejected_lines as r on r.batch_id = b.batch_id
)

select * from final;
