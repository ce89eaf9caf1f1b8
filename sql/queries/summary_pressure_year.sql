-- reads: v_support_event
-- writes: nothing
-- Not a view: pressure toward each tracked client per pressure state and year, for the run summary.
-- Parameters: $pressure, $clients.
select
    patron_iso3 as pressure_iso3,
    client_iso3,
    date_key // 10000 as year,
    count(*) as pressure_events,
    sum(intensity) as pressure_intensity
from v_support_event
where direction = 'pressure'
  and patron_iso3 in (select unnest($pressure))
  and client_iso3 in (select unnest($clients))
group by all
order by all;
