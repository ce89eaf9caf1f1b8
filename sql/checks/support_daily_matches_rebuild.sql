-- reads: fact_support_daily, v_support_event
-- writes: nothing
-- Rows where fact_support_daily differs from a full recomputation from fact_event.
with

rebuilt as (
    select date_key, patron_iso3, client_iso3, support_category, direction, origin,
           count(*) as events, round(sum(intensity), 6) as intensity
    from v_support_event
    group by all
),

stored as (
    select date_key, patron_iso3, client_iso3, support_category, direction, origin,
           events, round(intensity, 6) as intensity
    from fact_support_daily
)

select count(*) from (
    (select * from rebuilt except select * from stored)
    union all
    (select * from stored except select * from rebuilt)
);
