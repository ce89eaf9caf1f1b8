-- The whole fact_support_daily table, shaped as its suite expects.
select row_number() over () as row_id, date_key, patron_iso3, client_iso3, support_category, direction, origin,
       events, weighted_events, intensity
from fact_support_daily;
