-- reads: dim_date, mart_support_trend, v_support_event
-- writes: nothing
-- Not a view: per tracked patron of one client, on the newest day of data D (origin 'all'): the support
-- index, its value 90 days before and the trend, beside the support events of the same windows the
-- index compares (the 30 days to D, and the 365 days before them scaled to 30 days, as B is), then the
-- events of the 365 days to D and of the 365 before. Parameters: $client, $patrons.
with

newest as (
    select max(date) as last_day from dim_date
),

latest as (
    select t.patron_iso3, t.support_index, t.support_index_90d_ago, t.trend_90d
    from mart_support_trend as t, newest as n
    where t.origin = 'all' and t.client_iso3 = $client and t.date = n.last_day
),

events as (
    select
        e.patron_iso3,
        count(*) filter (where d.date > n.last_day - 30) as events_30d,
        count(*) filter (where d.date <= n.last_day - 30 and d.date > n.last_day - 395) as events_baseline,
        count(*) filter (where d.date > n.last_day - 365) as events_last_year,
        count(*) filter (where d.date <= n.last_day - 365 and d.date > n.last_day - 730) as events_year_before
    from v_support_event as e
    join dim_date as d on d.date_key = e.date_key
    cross join newest as n
    where e.direction = 'support' and e.client_iso3 = $client
    group by e.patron_iso3
),

patrons as (
    select unnest($patrons) as patron_iso3
)

select
    p.patron_iso3,
    n.last_day,
    l.support_index,
    l.support_index_90d_ago,
    l.trend_90d,
    coalesce(e.events_30d, 0) as events_30d,
    coalesce(e.events_baseline, 0) * 30.0 / 365.0 as events_baseline_per_30d,
    coalesce(e.events_last_year, 0) as events_last_year,
    coalesce(e.events_year_before, 0) as events_year_before
from patrons as p
cross join newest as n
left join latest as l using (patron_iso3)
left join events as e using (patron_iso3)
order by p.patron_iso3;
