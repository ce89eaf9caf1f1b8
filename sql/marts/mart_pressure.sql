-- Per client and month: pressure on the client from the configured pressure states, beside the
-- support its configured patrons gave (origin 'all' = gdelt + text).
create or replace view mart_pressure as
with

monthly as (
    select * from mart_support_monthly where origin = 'all'
),

pressure as (
    select month, client_iso3, sum(events)::bigint as pressure_events, sum(intensity) as pressure_intensity
    from monthly
    where direction = 'pressure'
      and patron_iso3 in (select iso3 from tracked_state where role = 'pressure')
    group by all
),

support as (
    select month, client_iso3, sum(events)::bigint as patron_support_events,
           sum(intensity) as patron_support_intensity
    from monthly
    where direction = 'support'
      and patron_iso3 in (select iso3 from tracked_state where role = 'patron')
    group by all
),

final as (
    select
        coalesce(p.month, s.month) as month,
        coalesce(p.client_iso3, s.client_iso3) as client_iso3,
        coalesce(p.pressure_events, 0) as pressure_events,
        coalesce(p.pressure_intensity, 0) as pressure_intensity,
        coalesce(s.patron_support_events, 0) as patron_support_events,
        coalesce(s.patron_support_intensity, 0) as patron_support_intensity
    from pressure as p
    full outer join support as s on s.month = p.month and s.client_iso3 = p.client_iso3
)

select * from final
where client_iso3 in (select iso3 from tracked_state where role = 'client');
