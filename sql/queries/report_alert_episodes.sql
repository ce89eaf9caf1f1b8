-- reads: mart_shift_alerts
-- writes: nothing
-- Not a view: shift-alert days of one client collapsed into episodes (runs of consecutive days) per
-- patron, newest first, for the report. Parameter: $client.
with

days as (
    select
        patron_iso3, date, s30, baseline, is_active,
        date - (row_number() over (partition by patron_iso3 order by date))::integer as run_anchor
    from mart_shift_alerts
    where client_iso3 = $client
),

final as (
    select
        patron_iso3,
        min(date) as first_day,
        max(date) as last_day,
        count(*) as days,
        max(baseline) as max_baseline,
        min(s30) as min_s30,
        bool_or(is_active) as active
    from days
    group by patron_iso3, run_anchor
)

select * from final
order by first_day desc, patron_iso3;
