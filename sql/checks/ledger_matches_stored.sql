-- reads: batch_ledger, fact_event, stg_article
-- writes: nothing
-- Batches whose ledger counts differ from the rows the warehouse holds for them. ledger_reconciles
-- only adds up the ledger's own counts (one partition of one loop, true by construction); this
-- counts what was stored: a news batch's loaded = its stg_article rows and its events_loaded = its
-- fact_event rows; a GDELT batch's loaded = its fact_event rows.
with

articles as (
    select batch_id, count(*) as stored from stg_article group by batch_id
),

events as (
    select batch_id, count(*) as stored from fact_event group by batch_id
)

select count(*)
from batch_ledger as b
left join articles as a on a.batch_id = b.batch_id
left join events as e on e.batch_id = b.batch_id
where case when b.source = 'gdelt' then b.loaded <> coalesce(e.stored, 0)
           else b.loaded <> coalesce(a.stored, 0)
                or coalesce(b.events_loaded, 0) <> coalesce(e.stored, 0) end;
