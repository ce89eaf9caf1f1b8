-- reads: fact_support_daily, v_support_event
-- writes: support_touched
-- Every key of fact_support_daily and of its recomputation, so `allywatch validate` runs the
-- fact_support_daily suite (sql/checks/support_daily_against_events.sql) over the whole table
-- (temp table of load/refresh_scope.sql).
insert into support_touched
select date_key, patron_iso3, client_iso3, support_category, direction, origin from fact_support_daily
union
select date_key, patron_iso3, client_iso3, support_category, direction, origin from v_support_event;
