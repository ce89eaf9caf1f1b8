-- In-scope rows that failed a GX suite, or every in-scope row of a rejected batch, go to
-- quarantine with the raw record. Inputs: temp gdelt_row_failure (row_id, expectation, reason),
-- temp gdelt_rejected_batch (batch_id, reason). Parameter $now.
insert into quarantine
with

failing as (
    select row_id, string_agg(distinct expectation, ',' order by expectation) as expectation,
           min(reason) as reason
    from gdelt_row_failure
    group by row_id
),

in_scope as (
    select s.batch_id, s.row_id, s.file_row from stg_event as s where s.in_scope
),

chosen as (
    select i.batch_id, i.row_id, i.file_row,
           coalesce(f.reason, 'batch rejected: ' || rb.reason) as reason,
           coalesce(f.expectation, 'batch_failing_share') as expectation
    from in_scope as i
    left join failing as f on f.row_id = i.row_id
    left join gdelt_rejected_batch as rb on rb.batch_id = i.batch_id
    where f.row_id is not null or rb.batch_id is not null
),

final as (
    select
        natural_key(c.batch_id || ':raw_gdelt:' || c.file_row) as quarantine_id,
        c.batch_id,
        'raw_gdelt' as stage,
        c.file_row as row_number,
        json_merge_patch(to_json(r), '{"raw_row": null}') as record,  -- the raw text row, as received
        c.reason,
        c.expectation,
        $now::timestamp as quarantined_at,
        null::timestamp as resolved_at
    from chosen as c
    join (select rowid as raw_row, * from raw_gdelt_event where rowid in (select row_id from chosen)) as r
        on r.raw_row = c.row_id
)

select * from final
where quarantine_id not in (select quarantine_id from quarantine);
