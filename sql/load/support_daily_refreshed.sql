-- The fact_support_daily rows the last refresh or delta update wrote (temp support_touched), for
-- the fact_support_daily suite: rows nobody touched were validated when they were written.
select f.date_key, f.patron_iso3, f.client_iso3, f.support_category, f.direction, f.origin, f.events,
       f.weighted_events, f.intensity
from fact_support_daily as f
semi join support_touched as t
    on t.date_key = f.date_key
   and t.patron_iso3 = f.patron_iso3
   and t.client_iso3 = f.client_iso3
   and t.support_category = f.support_category
   and t.direction = f.direction
   and t.origin = f.origin;
