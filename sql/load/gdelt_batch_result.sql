-- reads: gdelt_accepted, gdelt_batch_count, gdelt_batch_file, quarantine
-- writes: nothing
-- Per batch of the group: the ledger counts (received = loaded + quarantined + filtered + duplicate).
with

row_quarantine as (
    select batch_id, count(*) as rows_quarantined
    from quarantine where stage = 'raw_gdelt' and batch_id in (select batch_id from gdelt_batch_file)
    group by all
),

accepted as (
    select batch_id,
           count(*) filter (where not is_duplicate) as loaded,
           count(*) filter (where is_duplicate) as duplicate
    from gdelt_accepted
    group by all
),

final as (
    select
        c.batch_id,
        c.received,
        coalesce(a.loaded, 0) as loaded,
        c.parse_rejected + coalesce(q.rows_quarantined, 0) as quarantined,
        c.filtered,
        coalesce(a.duplicate, 0) as duplicate
    from gdelt_batch_count as c
    left join row_quarantine as q using (batch_id)
    left join accepted as a using (batch_id)
)

select * from final;
