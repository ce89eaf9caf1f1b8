-- reads: affected_volume_day, batch_ledger, stg_article
-- writes: fact_volume_daily
-- Recompute fact_volume_daily for the days in the temp table affected_volume_day (date_key).
-- GDELT volume comes from the ledger (every row of every file, in scope or not) by the day the
-- file was published; text volume counts stored articles by publication day.
delete from fact_volume_daily where date_key in (select date_key from affected_volume_day);

insert into fact_volume_daily
with

gdelt as (
    select (year(item_time) * 10000 + month(item_time) * 100 + day(item_time))::integer as date_key,
           'gdelt' as source, sum(received) as events_received
    from batch_ledger
    where source = 'gdelt' and item_time is not null
    group by 1
),

text as (
    select (year(published) * 10000 + month(published) * 100 + day(published))::integer as date_key,
           'text' as source, count(*) as events_received
    from stg_article
    where published is not null
    group by 1
),

final as (
    select * from gdelt union all select * from text
)

select date_key, source, events_received::bigint
from final
where date_key in (select date_key from affected_volume_day);
