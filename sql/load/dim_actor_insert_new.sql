-- New actors from the temp table actor_candidate (actor_code, country_code, sector), as loads see them.
-- Loads never change an existing actor: mappings change only through the reference data
-- (load/dim_actor_scd2.sql), so data that disagrees with the reference cannot make versions flap.
-- Parameter $today (date).
create or replace temp table actor_incoming as
with

candidates as (
    select actor_code, min(country_code) as country_code, min(coalesce(sector, '')) as sector
    from actor_candidate
    where actor_code is not null and actor_code <> ''
    group by actor_code
),

final as (
    select
        c.actor_code,
        coalesce(k.name, c.actor_code)
            || case when c.sector <> '' then ' (' || c.sector || ')' else '' end as name,
        k.iso3 as country_iso3,
        c.sector,
        (k.iso3 is not null and c.sector in ('GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', '')) as is_state
    from candidates as c
    left join dim_country as k on k.iso3 = c.country_code
)

select * from final;

insert into dim_actor
select
    natural_key(i.actor_code || '|' ||
        case when exists (select 1 from dim_actor as o where o.actor_code = i.actor_code)
             then strftime($today::date, '%Y-%m-%d') else '1900-01-01' end) as actor_key,
    i.actor_code, i.name, i.country_iso3, i.sector, i.is_state,
    case when exists (select 1 from dim_actor as o where o.actor_code = i.actor_code)
         then $today::date else date '1900-01-01' end as valid_from,
    null as valid_to,
    true as is_current
from actor_incoming as i
where not exists (select 1 from dim_actor as d where d.actor_code = i.actor_code and d.is_current);
