-- reads: dim_actor, dim_event_type, dim_source, fact_event, text_event_stage
-- writes: fact_event
-- Coded text events of the current batch (temp table text_event_stage) into fact_event.
insert into fact_event
with

staged as (
    select * from text_event_stage where not failed
),

final as (
    select
        s.event_key,
        (year(s.event_date) * 10000 + month(s.event_date) * 100 + day(s.event_date))::integer as date_key,
        sa.actor_key as source_actor_key,
        ta.actor_key as target_actor_key,
        et.event_type_key,
        src.source_key,
        'text' as origin,
        null::bigint as gdelt_event_id,
        s.url as source_url,
        s.cameo as cameo_code,
        et.quad_class,
        s.goldstein,
        null::double as tone,
        null::integer as num_mentions,
        null::integer as num_sources,
        s.attention as num_articles,
        s.amount_usd,
        s.confidence,
        s.direction,
        s.support_category,
        s.negated,
        s.evidence,
        s.coder_version,
        sa.country_iso3 as source_iso3,
        ta.country_iso3 as target_iso3,
        s.source_sector,
        s.target_sector,
        coalesce(sa.is_state and ta.is_state and sa.country_iso3 <> ta.country_iso3, false) as is_state_dyad,
        null::varchar as action_geo_country,
        null::varchar as action_geo_feature,
        null::timestamp as date_added,
        s.batch_id,
        s.amount_original,
        s.amount_currency
    from staged as s
    join dim_event_type as et on et.cameo_code = s.cameo
    left join dim_actor as sa
        on sa.actor_code = s.source_code
       and s.event_date >= sa.valid_from and s.event_date < coalesce(sa.valid_to, date '9999-12-31')
    left join dim_actor as ta
        on ta.actor_code = s.target_code
       and s.event_date >= ta.valid_from and s.event_date < coalesce(ta.valid_to, date '9999-12-31')
    left join dim_source as src on src.kind = s.source_kind and src.domain = s.domain
)

select * from final
where event_key not in (select event_key from fact_event);
