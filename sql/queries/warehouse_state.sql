-- reads: batch_ledger, fact_event, fact_support_daily
-- writes: nothing
-- What a snapshot was published from: it is current while these figures have not changed. The
-- fact_event fingerprint changes with any insert, removal or recode of an event.
select
    (select count(*) from batch_ledger) as ledger_rows,
    (select max(finished_at) from batch_ledger) as ledger_last_finished,
    (select count(*) from fact_event) as events,
    (select coalesce(bit_xor(hash(event_key, coder_version, direction, support_category, negated)), 0)
     from fact_event) as events_fingerprint,
    (select coalesce(sum(events), 0)::bigint from fact_support_daily) as support_events
