-- reads: dim_date, mart_support_monthly
-- writes: nothing
-- Not a view: the change the headline states for each state toward one client, the way BI example 2
-- measures it (yearly intensity, origin 'all', against the yearly average of the baseline years), for
-- one direction: 'support' counts material support only (is_material), 'pressure' every category. The
-- current year is the year of the newest day of data; while it is partial, the baseline is pro-rated
-- to its elapsed days (baseline_same_span). One row per state, with zeros when it has no events.
-- Parameters: $client, $states, $direction, $baseline_first, $baseline_last (years).
with

newest as (
    select
        max(date) as last_day,
        year(max(date)) as current_year,
        dayofyear(max(date)) as elapsed_days,
        dayofyear(make_date(year(max(date)), 12, 31)) as year_days
    from dim_date
),

yearly as (
    select patron_iso3, year, sum(intensity) as intensity, sum(events) as events
    from mart_support_monthly
    where client_iso3 = $client and origin = 'all' and direction = $direction
      and (direction <> 'support' or is_material)
      and patron_iso3 in (select unnest($states))
    group by all
),

states as (
    select unnest($states) as patron_iso3
),

final as (
    select
        s.patron_iso3 as state_iso3,
        n.last_day,
        n.current_year,
        n.elapsed_days,
        n.year_days,
        coalesce(sum(y.intensity) filter (where y.year between $baseline_first and $baseline_last), 0)
            / ($baseline_last - $baseline_first + 1) as baseline_per_year,
        coalesce(sum(y.events) filter (where y.year between $baseline_first and $baseline_last), 0)
            as baseline_events,
        coalesce(sum(y.intensity) filter (where y.year = n.current_year), 0) as current_intensity,
        coalesce(sum(y.events) filter (where y.year = n.current_year), 0) as current_events
    from states as s
    cross join newest as n
    left join yearly as y on y.patron_iso3 = s.patron_iso3
    group by all
)

select
    *,
    baseline_per_year * elapsed_days / year_days as baseline_same_span
from final
order by state_iso3;
