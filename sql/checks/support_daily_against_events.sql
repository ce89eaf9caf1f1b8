-- reads: fact_support_daily, support_touched, v_support_event
-- writes: nothing
-- For the fact_support_daily suite: the stored rows of the keys in the temp table support_touched
-- beside the same rows recomputed from fact_event (v_support_event). A key on one side only has
-- nulls on the other, so its event counts differ. Sums of doubles are compared as a relative gap
-- (they are added in another order when a GDELT group adds its events to a day).
with

touched as (
    select distinct date_key, patron_iso3, client_iso3, support_category, direction, origin
    from support_touched
),

stored as (
    select f.*
    from fact_support_daily as f
    semi join touched as t
        using (date_key, patron_iso3, client_iso3, support_category, direction, origin)
),

rebuilt as (
    select
        v.date_key, v.patron_iso3, v.client_iso3, v.support_category, v.direction, v.origin,
        count(*) as events,
        sum(v.weight) as weighted_events,
        sum(v.intensity) as intensity,
        sum(v.amount_usd) as amount_usd,
        avg(v.tone) as avg_tone,
        count(v.tone) as tone_events
    from v_support_event as v
    semi join touched as t
        using (date_key, patron_iso3, client_iso3, support_category, direction, origin)
    where v.date_key in (select date_key from touched)
    group by all
),

final as (
    select
        row_number() over (order by date_key, patron_iso3, client_iso3, support_category, direction, origin)
            as row_id,
        date_key, patron_iso3, client_iso3, support_category, direction, origin,
        -- counts as doubles: a missing side is then NaN, which GX compares; pandas' nullable
        -- integers (what DuckDB gives a bigint column with nulls) break its pair comparison
        s.events::double as events,
        r.events::double as events_rebuilt,
        s.tone_events::double as tone_events,
        r.tone_events::double as tone_events_rebuilt,
        abs(coalesce(s.weighted_events, 0) - coalesce(r.weighted_events, 0))
            / greatest(1, abs(coalesce(r.weighted_events, 0))) as weighted_events_gap,
        abs(coalesce(s.intensity, 0) - coalesce(r.intensity, 0))
            / greatest(1, abs(coalesce(r.intensity, 0))) as intensity_gap,
        abs(coalesce(s.amount_usd, 0) - coalesce(r.amount_usd, 0))
            / greatest(1, abs(coalesce(r.amount_usd, 0))) as amount_usd_gap,
        abs(coalesce(s.avg_tone, 0) - coalesce(r.avg_tone, 0)) as avg_tone_gap
    from stored as s
    full join rebuilt as r
        using (date_key, patron_iso3, client_iso3, support_category, direction, origin)
)

select * from final;
