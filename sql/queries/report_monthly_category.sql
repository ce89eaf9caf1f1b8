-- reads: mart_support_monthly
-- writes: nothing
-- Not a view: monthly support intensity (origin 'all') by patron and category toward one client, for
-- the report's stacked bars. Parameters: $client, $patrons.
select month, patron_iso3, support_category, sum(intensity) as intensity, sum(events) as events
from mart_support_monthly
where origin = 'all'
  and direction = 'support'
  and client_iso3 = $client
  and patron_iso3 in (select unnest($patrons))
group by all
order by month, patron_iso3, support_category;
