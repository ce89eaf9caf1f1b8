-- Each appeal client -> patron, and whether material support (quad class 2) from that patron to
-- that client followed within 90 days. fulfilment_rate_year: share fulfilled per dyad and year.
create or replace view mart_appeals as
with

appeals as (
    select e.*, strptime(e.date_key::varchar, '%Y%m%d')::date as appeal_date
    from v_support_event as e
    where e.direction = 'appeal'
),

material as (
    select patron_iso3, client_iso3, strptime(date_key::varchar, '%Y%m%d')::date as support_date
    from v_support_event
    where direction = 'support' and quad_class = 2
),

followed as (
    select a.event_key, min(m.support_date) as first_support_date
    from appeals as a
    join material as m
      on m.patron_iso3 = a.patron_iso3 and m.client_iso3 = a.client_iso3
     and m.support_date >= a.appeal_date and m.support_date <= a.appeal_date + 90
    group by a.event_key
),

final as (
    select
        a.event_key,
        a.appeal_date,
        year(a.appeal_date) as year,
        a.client_iso3,
        a.patron_iso3,
        a.support_category,
        a.cameo_code,
        a.origin,
        a.evidence,
        a.source_url,
        f.first_support_date,
        f.event_key is not null as fulfilled,
        avg(case when f.event_key is not null then 1.0 else 0.0 end)
            over (partition by a.client_iso3, a.patron_iso3, year(a.appeal_date)) as fulfilment_rate_year
    from appeals as a
    left join followed as f on f.event_key = a.event_key
)

select * from final;
