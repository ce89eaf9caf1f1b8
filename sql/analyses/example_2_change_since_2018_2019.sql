-- BI example 2 (docs/bi.md): per series, the yearly average of 2018-2019 against 2025 and the change
-- in percent. Negative for RUS and CHN support and positive for US pressure answers "yes, shrinking while
-- pressure grows".
with

yearly as (
    select patron_iso3, direction, year, sum(intensity) as intensity
    from mart_support_monthly
    where client_iso3 = 'VEN' and origin = 'all'
      and ((patron_iso3 in ('RUS', 'CHN') and direction = 'support')
           or (patron_iso3 = 'USA' and direction = 'pressure'))
    group by all
),

final as (
    select
        patron_iso3,
        direction,
        coalesce(sum(intensity) filter (where year in (2018, 2019)), 0) / 2 as per_year_2018_2019,
        coalesce(sum(intensity) filter (where year = 2025), 0) as in_2025
    from yearly
    group by all
)

select
    patron_iso3,
    direction,
    round(per_year_2018_2019, 1) as per_year_2018_2019,
    round(in_2025, 1) as in_2025,
    round(100 * (in_2025 - per_year_2018_2019) / nullif(per_year_2018_2019, 0)) as change_pct
from final
order by direction desc, patron_iso3;
