-- reads: nothing
-- writes: batch_ledger
-- Insert or replace one batch's ledger row (inside the caller's transaction). Parameters: one per column.
delete from batch_ledger where batch_id = $batch_id;

insert into batch_ledger (
    batch_id, source, item, item_md5, item_time, landing_path,
    received, loaded, quarantined, filtered, duplicate, events_coded, events_loaded,
    status, attempts, error, failed_expectations, started_at, finished_at, flow_run_id
)
values (
    $batch_id, $source, $item, $item_md5, $item_time, $landing_path,
    $received, $loaded, $quarantined, $filtered, $duplicate, $events_coded, $events_loaded,
    $status, $attempts, $error, $failed_expectations, $started_at, $finished_at, $flow_run_id
);
