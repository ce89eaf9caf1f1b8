-- reads: batch_ledger
-- writes: batch_ledger
-- A run that gave up waiting for the writer lock, noted beside the warehouse and moved here by the
-- next writer: status 'skipped', no rows (0 = 0 + 0 + 0 + 0 still reconciles).
insert into batch_ledger (batch_id, source, item, status, error, started_at, finished_at)
select
    'skipped:' || $run || ':' || strftime($at::timestamp, '%Y-%m-%dT%H:%M:%S.%f'),
    'run',
    $run,
    'skipped',
    'warehouse busy: gave up after waiting ' || $waited || ' s for another run''s writer lock (pid ' || $pid || ')',
    $at::timestamp,
    $at::timestamp
where not exists (
    select 1 from batch_ledger
    where batch_id = 'skipped:' || $run || ':' || strftime($at::timestamp, '%Y-%m-%dT%H:%M:%S.%f')
);
