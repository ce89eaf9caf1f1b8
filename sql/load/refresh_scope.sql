-- reads: nothing
-- writes: affected_day, affected_volume_day, support_touched
-- The temp tables that scope a refresh of the derived facts (empty here): the days to recompute in
-- fact_support_daily (affected_day) and fact_volume_daily (affected_volume_day), filled by an
-- *_affected_days.sql or support_rebuild_days.sql file, and the daily keys the refresh wrote
-- (support_touched), which the fact_support_daily suite checks.
create or replace temp table affected_day (date_key integer);

create or replace temp table affected_volume_day (date_key integer);

create or replace temp table support_touched (
    date_key integer, patron_iso3 varchar, client_iso3 varchar, support_category varchar,
    direction varchar, origin varchar
);
