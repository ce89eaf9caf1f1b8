-- reads: mart_support_monthly
-- writes: nothing
-- Not a view: per year and state, the support each tracked patron gave one client beside the pressure
-- each pressure state put on it (origin 'all'), for the report's side-by-side bars.
-- Parameters: $client, $patrons, $pressure.
select year, patron_iso3 as state_iso3, direction, sum(events) as events, sum(intensity) as intensity
from mart_support_monthly
where origin = 'all'
  and client_iso3 = $client
  and ((direction = 'support' and patron_iso3 in (select unnest($patrons)))
       or (direction = 'pressure' and patron_iso3 in (select unnest($pressure))))
group by all
order by year, direction, state_iso3;
