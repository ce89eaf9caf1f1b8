-- reads: mart_shift_alerts
-- writes: nothing
-- Not a table: shift alerts active on the latest day of the warehouse, for `allywatch status`.
select patron_iso3, client_iso3, date, round(s30, 1) as s30, round(baseline, 1) as baseline
from mart_shift_alerts
where is_active
order by patron_iso3, client_iso3;
