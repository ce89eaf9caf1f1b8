-- Events that count in the support metrics, with patron and client assigned by the decision table:
-- both actors are different states, the event is not negated and its direction is counted.
-- weight = 1 + ln(1 + num_articles); intensity = |goldstein| x weight, the one definition every
-- daily fact, check, report and summary sums.
create or replace view v_support_event as
with

events as (
    select * from fact_event
    where is_state_dyad and not negated and direction is not null
),

final as (
    select
        event_key,
        date_key,
        case when direction = 'appeal' then target_iso3 else source_iso3 end as patron_iso3,
        case when direction = 'appeal' then source_iso3 else target_iso3 end as client_iso3,
        coalesce(support_category, 'diplomatic') as support_category,
        direction,
        origin,
        cameo_code,
        quad_class,
        coalesce(goldstein, 0) as goldstein,
        1 + ln(1 + coalesce(num_articles, 1)) as weight,
        amount_usd,
        tone,
        source_url,
        evidence,
        batch_id
    from events
)

select *, abs(goldstein) * weight as intensity
from final;
