-- reads: affected_day, fact_support_daily, v_support_event
-- writes: fact_support_daily, support_touched
-- Recompute fact_support_daily for the days in the temp table affected_day (date_key), from the
-- view v_support_event (state-to-state, non-negated, counted directions). Never the whole table.
delete from fact_support_daily where date_key in (select date_key from affected_day);

insert into fact_support_daily
with

events as (
    select * from v_support_event
    where date_key in (select date_key from affected_day)
),

final as (
    select
        date_key,
        patron_iso3,
        client_iso3,
        support_category,
        direction,
        origin,
        count(*) as events,
        sum(weight) as weighted_events,
        sum(intensity) as intensity,
        sum(amount_usd) as amount_usd,
        avg(tone) as avg_tone,
        count(tone) as tone_events
    from events
    group by all
)

select * from final;

-- The keys this refresh rewrote, and those its recomputation has (the same unless the refresh is
-- wrong), for the fact_support_daily suite (sql/checks/support_daily_against_events.sql).
insert into support_touched
select date_key, patron_iso3, client_iso3, support_category, direction, origin
from fact_support_daily
where date_key in (select date_key from affected_day)
union
select date_key, patron_iso3, client_iso3, support_category, direction, origin
from v_support_event
where date_key in (select date_key from affected_day);
