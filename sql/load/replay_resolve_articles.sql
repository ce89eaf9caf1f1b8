-- reads: nothing
-- writes: batch_ledger, quarantine
-- Resolve the replayed articles that are now stored (by URL) and move them in the batch's ledger row
-- from quarantined to loaded. Parameters: $now, $batch_id, $urls, $events.
update quarantine
set resolved_at = $now
where batch_id = $batch_id and stage = 'stg_article' and resolved_at is null
  and json_extract_string(record, '$.url') in (select unnest($urls));

update batch_ledger
set loaded = loaded + len($urls),
    quarantined = quarantined - len($urls),
    events_loaded = coalesce(events_loaded, 0) + $events,
    status = case when len($urls) > 0 then 'loaded' else status end,
    finished_at = $now
where batch_id = $batch_id;
