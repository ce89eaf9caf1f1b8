-- patron x client x category x direction x month x origin ('gdelt', 'text' and their sum 'all').
-- An act reported both by GDELT and by an article counts in both origins and twice in 'all'.
-- Sums of counts are cast back to BIGINT (DuckDB sums BIGINT into HUGEINT, which BI drivers and Parquet
-- handle badly: pandas read the Parquet counts as doubles).
-- avg_tone is weighted by the events that carry a tone (tone_events): text events have none, so
-- they do not pull the tone of 'all' toward 0.
create or replace view mart_support_monthly as
with

daily as (
    select f.*, d.month_start
    from fact_support_daily as f
    join dim_date as d on d.date_key = f.date_key
),

by_origin as (
    select month_start, patron_iso3, client_iso3, support_category, direction, origin,
           sum(events)::bigint as events, sum(weighted_events) as weighted_events, sum(intensity) as intensity,
           sum(amount_usd) as amount_usd, sum(tone_events)::bigint as tone_events,
           sum(avg_tone * tone_events) / nullif(sum(tone_events), 0) as avg_tone
    from daily
    group by all
),

with_all as (
    select * from by_origin
    union all
    select month_start, patron_iso3, client_iso3, support_category, direction, 'all' as origin,
           sum(events)::bigint, sum(weighted_events), sum(intensity), sum(amount_usd), sum(tone_events),
           sum(avg_tone * tone_events) / nullif(sum(tone_events), 0)
    from by_origin
    group by all
),

volume as (
    select d.month_start, sum(v.events_received) as gdelt_events_received
    from fact_volume_daily as v
    join dim_date as d on d.date_key = v.date_key
    where v.source = 'gdelt'
    group by all
),

final as (
    select
        w.month_start as month,
        year(w.month_start) as year,
        w.patron_iso3,
        w.client_iso3,
        w.support_category,
        w.direction,
        w.support_category in ('military', 'economic', 'energy', 'humanitarian') as is_material,
        w.origin,
        w.events,
        w.weighted_events,
        w.intensity,
        w.intensity / nullif(v.gdelt_events_received / 100000.0, 0) as intensity_per_100k,
        w.amount_usd,
        w.avg_tone
    from with_all as w
    left join volume as v on v.month_start = w.month_start
)

select * from final;
