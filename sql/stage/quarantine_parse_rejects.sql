-- reads: gdelt_batch_file, gdelt_encoding_reject_line, gdelt_reject_scans, gdelt_rejects, quarantine
-- writes: quarantine
-- Lines DuckDB could not parse (column count, invalid UTF-8) go to quarantine at stage 'parse'. A line
-- that is not UTF-8 is stored as received, from the temp table gdelt_encoding_reject_line (its bytes as
-- Latin-1 text, one character per byte, and a record that says so), so it can be replayed.
-- Parameter $now: the quarantine timestamp.
insert into quarantine
with

rejects as (
    select
        b.batch_id,
        e.line,
        min(e.error_type) as error_type,
        min(e.error_message) as error_message,
        min(e.csv_line) as csv_line,
        min(r.latin1_line) as latin1_line
    from gdelt_rejects as e
    join gdelt_reject_scans as s on s.scan_id = e.scan_id and s.file_id = e.file_id
    join gdelt_batch_file as b on b.file_path = s.file_path
    left join gdelt_encoding_reject_line as r on r.file_path = s.file_path and r.line = e.line
    group by b.batch_id, e.line
),

final as (
    select
        natural_key(batch_id || ':parse:' || line) as quarantine_id,
        batch_id,
        'parse' as stage,
        line as row_number,
        case when latin1_line is null then to_json({'line_number': line, 'line': csv_line})
             else to_json({'line_number': line, 'line': latin1_line, 'encoding': 'latin-1'}) end as record,
        lower(error_type) || ': ' || error_message as reason,
        'parse:' || lower(replace(error_type, ' ', '_')) as expectation,
        $now::timestamp as quarantined_at,
        null::timestamp as resolved_at
    from rejects
)

select * from final
where quarantine_id not in (select quarantine_id from quarantine);
