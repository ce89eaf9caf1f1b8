-- reads: nothing
-- writes: gdelt_row_failure
-- In-scope rows that failed an expectation of the raw_gdelt or stg_event suite (filled from GX results).
create or replace temp table gdelt_row_failure (row_id bigint, expectation varchar, reason varchar);
