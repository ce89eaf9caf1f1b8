-- reads: gdelt_rejected_batch, gdelt_row_failure, stg_event
-- writes: gdelt_quarantine_chosen
-- The in-scope rows of the group that go to quarantine: rows that failed a GX suite, and every
-- in-scope row of a rejected batch. Inputs: temp gdelt_row_failure (row_id, expectation, reason),
-- temp gdelt_rejected_batch (batch_id, reason). A temp table of its own, so the insert that follows
-- looks up the few raw rows by rowid instead of joining the whole 61-column raw table.
create or replace temp table gdelt_quarantine_chosen as
with

failing as (
    select row_id, string_agg(distinct expectation, ',' order by expectation) as expectation,
           min(reason) as reason
    from gdelt_row_failure
    group by row_id
),

candidates as (
    select s.batch_id, s.row_id, s.file_row
    from stg_event as s
    where (s.row_id in (select row_id from failing)
           or s.batch_id in (select batch_id from gdelt_rejected_batch))
),

final as (
    select c.batch_id, c.row_id, c.file_row,
           coalesce(f.reason, 'batch rejected: ' || rb.reason) as reason,
           coalesce(f.expectation, 'batch_failing_share') as expectation
    from candidates as c
    left join failing as f on f.row_id = c.row_id
    left join gdelt_rejected_batch as rb on rb.batch_id = c.batch_id
)

select * from final;
