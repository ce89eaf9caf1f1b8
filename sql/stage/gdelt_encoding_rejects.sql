-- reads: gdelt_reject_scans, gdelt_rejects
-- writes: nothing
-- Lines of the group's files that DuckDB rejected as not UTF-8: its csv_line shows '??' for the bytes
-- it could not decode (and can swallow a tab next to them), so gdelt_stage reads these lines from the
-- files as received. Output: (file_path, line), line numbers 1-based.
select distinct s.file_path, e.line
from gdelt_rejects as e
join gdelt_reject_scans as s on s.scan_id = e.scan_id and s.file_id = e.file_id
where e.error_type = 'INVALID ENCODING'
order by s.file_path, e.line;
