-- reads: fact_support_daily, gdelt_batch_file, support_delta, v_support_event
-- writes: fact_support_daily, support_delta, support_touched
-- Add the events a GDELT group just inserted to fact_support_daily, without recomputing the days
-- they fall on. A GDELT load only appends events (it never changes or removes one), so counts and
-- sums add up, and avg_tone is re-weighted with tone_events. Cost follows the group, not the
-- warehouse: recomputing a touched day reads every event of that day. Input: temp gdelt_batch_file.
create or replace temp table support_delta as
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
    sum(tone) as tone_sum,
    count(tone) as tone_events
from v_support_event
where batch_id in (select batch_id from gdelt_batch_file)
group by all;

update fact_support_daily as f
set events = f.events + d.events,
    weighted_events = f.weighted_events + d.weighted_events,
    intensity = f.intensity + d.intensity,
    amount_usd = case when f.amount_usd is null and d.amount_usd is null then null
                      else coalesce(f.amount_usd, 0) + coalesce(d.amount_usd, 0) end,
    avg_tone = case when f.tone_events + d.tone_events = 0 then null
                    else (coalesce(f.avg_tone * f.tone_events, 0) + coalesce(d.tone_sum, 0))
                         / (f.tone_events + d.tone_events) end,
    tone_events = f.tone_events + d.tone_events
from support_delta as d
where f.date_key = d.date_key
  and f.patron_iso3 = d.patron_iso3
  and f.client_iso3 = d.client_iso3
  and f.support_category = d.support_category
  and f.direction = d.direction
  and f.origin = d.origin;

insert into fact_support_daily
select
    d.date_key, d.patron_iso3, d.client_iso3, d.support_category, d.direction, d.origin,
    d.events, d.weighted_events, d.intensity, d.amount_usd,
    d.tone_sum / nullif(d.tone_events, 0) as avg_tone,
    d.tone_events
from support_delta as d
where not exists (
    select 1 from fact_support_daily as f
    where f.date_key = d.date_key
      and f.patron_iso3 = d.patron_iso3
      and f.client_iso3 = d.client_iso3
      and f.support_category = d.support_category
      and f.direction = d.direction
      and f.origin = d.origin
);

-- The rows this group changed, for the fact_support_daily suite (sql/checks/support_daily_against_events.sql).
insert into support_touched
select date_key, patron_iso3, client_iso3, support_category, direction, origin from support_delta;
