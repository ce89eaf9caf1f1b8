-- reads: gdelt_accepted, replay_row, stg_event
-- writes: batch_ledger, quarantine
-- Mark the replayed rows that passed as resolved, and move them in the batch's ledger row from
-- quarantined to loaded or duplicate. Parameters: $now, $batch_id, $loaded, $duplicate.
update quarantine
set resolved_at = $now
where quarantine_id in (
    select r.quarantine_id
    from replay_row as r
    join stg_event as s on s.file_row = r.file_row
    join gdelt_accepted as a on a.row_id = s.row_id
);

update batch_ledger
set loaded = loaded + $loaded,
    duplicate = duplicate + $duplicate,
    quarantined = quarantined - $loaded - $duplicate,
    status = case when $loaded > 0 then 'loaded' else status end,
    finished_at = $now
where batch_id = $batch_id;
