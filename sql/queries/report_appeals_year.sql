-- reads: mart_appeals
-- writes: nothing
-- Not a view: per year, the appeals one client made (to any state) and how many were followed by
-- material support within 90 days, for the report's fulfilment chart. Parameter: $client.
select year, count(*) as appeals, count(*) filter (where fulfilled) as fulfilled
from mart_appeals
where client_iso3 = $client
group by all
order by year;
