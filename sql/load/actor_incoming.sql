-- reads: actor_candidate, dim_country
-- writes: actor_incoming
-- Candidate actors (temp table actor_candidate: actor_code, country_code, sector), one row per code,
-- named and classified the way dim_actor stores them; shared by the load and the reference upserts.
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
