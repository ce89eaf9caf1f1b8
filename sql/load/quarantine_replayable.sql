-- reads: quarantine
-- writes: nothing
-- Unresolved quarantined GDELT rows of one batch, in their original order: rows that failed a suite
-- (stage raw_gdelt, the record holds the columns) and lines rejected as not UTF-8 (stage parse, the
-- record holds the line as Latin-1 text). Parameter: batch_id.
select quarantine_id, stage, record
from quarantine
where batch_id = ?
  and resolved_at is null
  and (stage = 'raw_gdelt' or (stage = 'parse' and json_extract_string(record, '$.encoding') = 'latin-1'))
order by row_number, stage;
