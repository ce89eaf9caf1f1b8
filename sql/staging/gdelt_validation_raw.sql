-- The frame the raw_gdelt suite validates: in-scope rows of the group, columns still text.
-- Whether Day and DATEADDED read as dates is decided here by DuckDB (GX's strftime check calls
-- Python's strptime per value, ~3 s a GDELT day) and handed to GX as flags it checks row by row.
select
    r.rowid as row_id,
    r.GlobalEventID, r.Day, r.EventCode, r.QuadClass, r.GoldsteinScale, r.NumArticles, r.AvgTone,
    r.Actor1CountryCode, r.Actor2CountryCode, r.DATEADDED,
    (r.Day is null or try_strptime(r.Day, '%Y%m%d') is not null) as day_reads_as_date,
    (r.DATEADDED is null or try_strptime(r.DATEADDED, '%Y%m%d%H%M%S') is not null) as date_added_reads_as_time
from raw_gdelt_event as r
where r.rowid in (select row_id from stg_event where in_scope);
