-- reads: gdelt_quarantine_chosen, quarantine, raw_gdelt_event
-- writes: quarantine
-- Rows chosen by gdelt_quarantine_chosen.sql go to quarantine with the raw record as received.
-- Parameter $now.
insert into quarantine
with

raw_rows as (
    select rowid as raw_row, * exclude (in_scope)
    from raw_gdelt_event
    where rowid in (select row_id from gdelt_quarantine_chosen)
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
    from gdelt_quarantine_chosen as c
    join raw_rows as r on r.raw_row = c.row_id
)

select * from final
where quarantine_id not in (select quarantine_id from quarantine);
