-- reads: mart_support_index
-- writes: nothing
-- Not a view: the daily support index (origin 'all') of each tracked patron toward one client, with its
-- trailing 90-day mean (nulls skipped) to show the trend through sparse days, for the report's charts.
-- Parameters: $client, $patrons.
select
    patron_iso3,
    date,
    support_index,
    avg(support_index) over (partition by patron_iso3 order by date
        range between interval 89 days preceding and current row) as support_index_90d_mean
from mart_support_index
where origin = 'all'
  and client_iso3 = $client
  and patron_iso3 in (select unnest($patrons))
order by patron_iso3, date;
