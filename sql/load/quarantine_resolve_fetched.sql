-- reads: nothing
-- writes: quarantine
-- A page that now loads resolves the fetch-stage quarantine rows its earlier failures left.
-- Parameters: resolved_at, the page URL.
update quarantine
set resolved_at = ?
where stage = 'fetch' and resolved_at is null and json_extract_string(record, '$.url') = ?;
