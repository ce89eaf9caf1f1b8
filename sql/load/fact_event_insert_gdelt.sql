-- reads: dim_actor, dim_event_type, dim_source, gdelt_accepted
-- writes: fact_event
-- Accepted GDELT rows not marked is_duplicate by gdelt_accepted.sql (which checks the stored events in
-- the group's id range, and earlier rows of the group) into fact_event; never ON CONFLICT.
-- The validity test is written with coalesce, not OR, so DuckDB can use a range join.
insert into fact_event
with

accepted as (
    select * from gdelt_accepted where not is_duplicate
),

final as (
    select
        a.event_key,
        (year(a.event_date) * 10000 + month(a.event_date) * 100 + day(a.event_date))::integer as date_key,
        sa.actor_key as source_actor_key,
        ta.actor_key as target_actor_key,
        et.event_type_key,
        src.source_key,
        'gdelt' as origin,
        a.global_event_id as gdelt_event_id,
        a.source_url,
        a.cameo_code,
        et.quad_class,
        a.goldstein,
        a.avg_tone as tone,
        a.num_mentions,
        a.num_sources,
        a.num_articles,
        null::double as amount_usd,
        null::double as confidence,
        et.direction,
        et.support_category,
        false as negated,
        null::varchar as evidence,
        null::varchar as coder_version,
        sa.country_iso3 as source_iso3,
        ta.country_iso3 as target_iso3,
        a.actor1_sector as source_sector,
        a.actor2_sector as target_sector,
        coalesce(sa.is_state and ta.is_state and sa.country_iso3 <> ta.country_iso3, false)
            as is_state_dyad,
        a.action_geo_country,
        a.action_geo_feature,
        a.date_added,
        a.batch_id,
        null::double as amount_original,
        null::varchar as amount_currency
    from accepted as a
    join dim_event_type as et on et.cameo_code = a.cameo_code
    left join dim_actor as sa
        on sa.actor_code = a.actor1_code
       and a.event_date >= sa.valid_from and a.event_date < coalesce(sa.valid_to, date '9999-12-31')
    left join dim_actor as ta
        on ta.actor_code = a.actor2_code
       and a.event_date >= ta.valid_from and a.event_date < coalesce(ta.valid_to, date '9999-12-31')
    left join dim_source as src on src.kind = 'gdelt' and src.domain = coalesce(a.source_domain, '')
)

-- gdelt_accepted already marked repeats of stored events (one writer holds the warehouse), so no
-- second scan of every stored key is needed here.
select * from final;
