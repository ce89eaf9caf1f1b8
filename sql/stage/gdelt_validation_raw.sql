-- reads: raw_gdelt_event, stg_event
-- writes: nothing
-- The frame the raw_gdelt suite validates: in-scope rows of the group, columns still text, so GX
-- tests each rule (regex, set, not null) on the column itself. Parameter $check_nul: whether any
-- file of the group holds a NUL byte.
select
    r.rowid as row_id,
    r.GlobalEventID, r.Day, r.EventCode, r.QuadClass, r.GoldsteinScale, r.NumArticles, r.AvgTone,
    r.Actor1CountryCode, r.Actor2CountryCode, r.DATEADDED,
    -- The one rule computed here: a NUL byte in any of the 61 fields (GX tests one column per
    -- expectation). A NUL byte is valid UTF-8, so the reader keeps it; no GDELT field has one.
    -- $check_nul is true when a file of the group holds a NUL byte at all (a byte scan of the
    -- files): joining the 61 fields of every row to look for one is not worth it when no file has one.
    case when $check_nul then position(chr(0) in concat_ws('', *columns(* exclude (in_scope)))) = 0 else true end
        as fields_free_of_nul
from raw_gdelt_event as r
where r.rowid in (select row_id from stg_event);
