-- Days on which a tracked patron's support for a client has halved against its baseline:
-- B >= min_baseline and S30 <= 0.5 x B (origin 'all'). is_active marks alerts on the latest day.
create or replace view mart_shift_alerts as
with

params as (
    select coalesce(max(value) filter (where name = 'min_baseline'), 10.0) as min_baseline
    from mart_parameter
),

tracked as (
    select
        (select list(iso3) from tracked_state where role = 'patron') as patrons,
        (select list(iso3) from tracked_state where role = 'client') as clients
),

alerts as (
    select i.*
    from mart_support_index as i, params as p, tracked as t
    where i.origin = 'all'
      and list_contains(t.patrons, i.patron_iso3)
      and list_contains(t.clients, i.client_iso3)
      and i.baseline >= p.min_baseline
      and i.s30 <= 0.5 * i.baseline
),

final as (
    select
        a.date,
        a.patron_iso3,
        a.client_iso3,
        a.s30,
        a.baseline,
        a.support_index,
        a.date = (select max(date) from dim_date) as is_active,
        (select count(*) from v_support_event as e
          where e.patron_iso3 = a.patron_iso3 and e.client_iso3 = a.client_iso3
            and e.direction = 'support'
            and e.date_key between (year(a.date - 394) * 10000 + month(a.date - 394) * 100
                                    + day(a.date - 394))
                               and (year(a.date) * 10000 + month(a.date) * 100 + day(a.date)))
            as events_behind
    from alerts as a
)

select * from final;
