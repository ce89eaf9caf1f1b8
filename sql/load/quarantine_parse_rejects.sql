-- Lines DuckDB could not parse (column count, invalid UTF-8) go to quarantine at stage 'parse'.
-- Parameter $now: the quarantine timestamp.
insert into quarantine
with

rejects as (
    select
        b.batch_id,
        e.line,
        min(e.error_type) as error_type,
        min(e.error_message) as error_message,
        min(e.csv_line) as csv_line
    from gdelt_rejects as e
    join gdelt_reject_scans as s on s.scan_id = e.scan_id and s.file_id = e.file_id
    join gdelt_batch_file as b on b.file_path = s.file_path
    group by b.batch_id, e.line
),

final as (
    select
        natural_key(batch_id || ':parse:' || line) as quarantine_id,
        batch_id,
        'parse' as stage,
        line as row_number,
        to_json({'line_number': line, 'line': csv_line}) as record,
        lower(error_type) || ': ' || error_message as reason,
        'parse:' || lower(replace(error_type, ' ', '_')) as expectation,
        $now::timestamp as quarantined_at,
        null::timestamp as resolved_at
    from rejects
)

select * from final
where quarantine_id not in (select quarantine_id from quarantine);
