-- The frame the raw_gdelt suite validates: in-scope rows of the group, columns still text.
-- Parameter $check_nul: whether any file of the group holds a NUL byte.
-- Whether a text reads as a number, a count, a code or a date is decided here by DuckDB and handed
-- to GX as one flag per rule, which GX checks row by row: DuckDB runs the tests vectorised, where
-- pandas regexes and Python strptime would call Python once per value.
select
    r.rowid as row_id,
    r.GlobalEventID, r.Day, r.EventCode, r.QuadClass,
    (r.GlobalEventID is null or regexp_full_match(r.GlobalEventID, '[0-9]{1,18}')) as id_reads_as_integer,
    (r.Day is null or try_strptime(r.Day, '%Y%m%d') is not null) as day_reads_as_date,
    (r.GoldsteinScale is null or try_cast(r.GoldsteinScale as double) is not null) as goldstein_reads_as_number,
    (r.NumArticles is null or regexp_full_match(r.NumArticles, '[0-9]+')) as num_articles_reads_as_count,
    (r.AvgTone is null or try_cast(r.AvgTone as double) is not null) as tone_reads_as_number,
    (r.Actor1CountryCode is null or regexp_full_match(r.Actor1CountryCode, '[A-Z]{3}')) as actor1_country_reads_as_code,
    (r.Actor2CountryCode is null or regexp_full_match(r.Actor2CountryCode, '[A-Z]{3}')) as actor2_country_reads_as_code,
    (r.DATEADDED is null or try_strptime(r.DATEADDED, '%Y%m%d%H%M%S') is not null) as date_added_reads_as_time,
    -- A NUL byte is valid UTF-8, so the reader keeps it; no GDELT field has one. $check_nul is true
    -- when a file of the group holds a NUL byte at all (a byte scan of the files): joining the 61
    -- fields of every row to look for one is not worth it when no file has one.
    case when $check_nul then position(chr(0) in concat_ws('', *columns(* exclude (in_scope)))) = 0 else true end
        as fields_free_of_nul
from raw_gdelt_event as r
where r.rowid in (select row_id from stg_event);
