-- reads: dim_date, mart_appeals, mart_support_trend
-- writes: nothing
-- Not a view: per tracked patron of one client, the support index on the newest day of data (origin
-- 'all') and the client's appeals to it in the newest day's year: made, met (material support within
-- 90 days) and awaiting (unmet, made less than 90 days before the newest day, so not yet judged).
-- Parameters: $client, $patrons.
with

newest as (
    select max(date) as last_day from dim_date
),

indexed as (
    select t.patron_iso3, t.support_index
    from mart_support_trend as t, newest as n
    where t.origin = 'all' and t.client_iso3 = $client and t.date = n.last_day
),

appealed as (
    select
        a.patron_iso3,
        count(*) as appeals,
        count(*) filter (where a.fulfilled) as met,
        count(*) filter (where not a.fulfilled and a.appeal_date > n.last_day - 90) as awaiting
    from mart_appeals as a, newest as n
    where a.client_iso3 = $client and a.year = year(n.last_day)
    group by a.patron_iso3
),

patrons as (
    select unnest($patrons) as patron_iso3
)

select
    p.patron_iso3,
    i.support_index,
    coalesce(a.appeals, 0) as appeals,
    coalesce(a.met, 0) as met,
    coalesce(a.awaiting, 0) as awaiting
from patrons as p
left join indexed as i using (patron_iso3)
left join appealed as a using (patron_iso3)
order by p.patron_iso3;
