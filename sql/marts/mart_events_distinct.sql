-- GDELT rows are reports, not events: collapse reports of the same day, dyad, CAMEO base code and
-- place into one distinct event, keeping how many reports and articles carried it.
create or replace view mart_events_distinct as
with

reports as (
    select * from fact_event where origin = 'gdelt'
),

final as (
    select
        date_key,
        source_iso3,
        target_iso3,
        left(cameo_code, 3) as base_code,
        coalesce(action_geo_feature, action_geo_country, '') as place,
        min(direction) as direction,
        min(support_category) as support_category,
        count(*) as reports,
        sum(num_articles)::bigint as articles,
        min(event_key) as first_event_key,
        min(source_url) as example_url
    from reports
    group by date_key, source_iso3, target_iso3, left(cameo_code, 3),
             coalesce(action_geo_feature, action_geo_country, '')
)

select * from final;
