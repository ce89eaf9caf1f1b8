-- reads: v_support_event
-- writes: nothing
-- Not a view: the query behind the dyad summary `allywatch run` prints. Per tracked patron -> client
-- and year: support events and intensity by category, the share of material (quad class 2)
-- support, and the appeals the client made to the patron. Parameters: $patrons, $clients.
with

events as (
    select e.*, e.date_key // 10000 as year
    from v_support_event as e
    where e.patron_iso3 in (select unnest($patrons)) and e.client_iso3 in (select unnest($clients))
),

support as (
    select patron_iso3, client_iso3, year,
           count(*) as support_events,
           sum(intensity) as support_intensity,
           count(*) filter (where support_category = 'military') as military,
           count(*) filter (where support_category = 'economic') as economic,
           count(*) filter (where support_category = 'energy') as energy,
           count(*) filter (where support_category = 'diplomatic') as diplomatic,
           count(*) filter (where support_category = 'humanitarian') as humanitarian,
           avg(case when quad_class = 2 then 1.0 else 0.0 end) as material_share
    from events
    where direction = 'support'
    group by all
),

appeals as (
    select patron_iso3, client_iso3, year, count(*) as appeals
    from events
    where direction = 'appeal'
    group by all
),

final as (
    select
        coalesce(s.patron_iso3, a.patron_iso3) as patron_iso3,
        coalesce(s.client_iso3, a.client_iso3) as client_iso3,
        coalesce(s.year, a.year) as year,
        coalesce(s.support_events, 0) as support_events,
        coalesce(s.support_intensity, 0) as support_intensity,
        coalesce(s.military, 0) as military,
        coalesce(s.economic, 0) as economic,
        coalesce(s.energy, 0) as energy,
        coalesce(s.diplomatic, 0) as diplomatic,
        coalesce(s.humanitarian, 0) as humanitarian,
        s.material_share,
        coalesce(a.appeals, 0) as appeals
    from support as s
    full outer join appeals as a using (patron_iso3, client_iso3, year)
)

select * from final
order by patron_iso3, client_iso3, year;
