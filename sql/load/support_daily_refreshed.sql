-- The fact_support_daily rows of the days just refreshed, for the fact_support_daily suite.
select date_key, patron_iso3, client_iso3, support_category, direction, origin, events, weighted_events, intensity
from fact_support_daily
where date_key in (select date_key from affected_day);
