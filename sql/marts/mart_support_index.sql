-- 30-day support index per dyad and day (direction 'support'), as docs/metrics.md defines it:
--   S30 = support intensity over d-29..d; B = intensity over d-394..d-30 x 30/365;
--   index = 100 x S30 / (S30 + B), null when both are 0; baseline_partial when the history does not reach back to d-394, where the baseline window starts.
create or replace view mart_support_index as
with

daily as (
    select date_key, patron_iso3, client_iso3, origin, sum(intensity) as intensity
    from fact_support_daily where direction = 'support'
    group by all
    union all
    select date_key, patron_iso3, client_iso3, 'all' as origin, sum(intensity)
    from fact_support_daily where direction = 'support'
    group by all
),

dyads as (
    select patron_iso3, client_iso3, origin, min(date_key) as first_key
    from daily
    group by all
),

grid as (
    select y.patron_iso3, y.client_iso3, y.origin, d.date, d.date_key,
           strptime(y.first_key::varchar, '%Y%m%d')::date as first_date
    from dyads as y
    join dim_date as d on d.date_key >= y.first_key
),

filled as (
    select g.*, coalesce(x.intensity, 0) as intensity
    from grid as g
    left join daily as x using (patron_iso3, client_iso3, origin, date_key)
),

windows as (
    select
        *,
        sum(intensity) over (partition by patron_iso3, client_iso3, origin order by date
            range between interval 29 days preceding and current row) as s30,
        coalesce(sum(intensity) over (partition by patron_iso3, client_iso3, origin order by date
            range between interval 394 days preceding and interval 30 days preceding), 0) as b_raw
    from filled
),

final as (
    select
        date,
        date_key,
        patron_iso3,
        client_iso3,
        origin,
        s30,
        b_raw * 30.0 / 365.0 as baseline,
        case when s30 + b_raw = 0 then null
             else 100.0 * s30 / (s30 + b_raw * 30.0 / 365.0) end as support_index,
        first_date > date - 394 as baseline_partial
    from windows
)

select * from final;
