-- The frame the raw_gdelt suite validates: in-scope rows of the group, columns still text.
select
    r.rowid as row_id,
    r.GlobalEventID, r.Day, r.EventCode, r.QuadClass, r.GoldsteinScale, r.NumArticles, r.AvgTone,
    r.Actor1CountryCode, r.Actor2CountryCode, r.DATEADDED
from raw_gdelt_event as r
where r.rowid in (select row_id from stg_event where in_scope);
