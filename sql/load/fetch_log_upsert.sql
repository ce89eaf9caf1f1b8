-- reads: fetch_log, fetch_log_previous
-- writes: fetch_log, fetch_log_previous
-- Record the outcome of one fetch. attempts counts failures in a row (reset on success); a failure
-- that reaches $max_attempts becomes gave_up. A page put off over the per-feed cap (pending) was not
-- tried, so its attempts stay as they were. Validators are kept when a 304 brings none.
-- Delete and insert rather than ON CONFLICT, so the same file runs on DuckLake.
-- Parameters: $url, $kind, $status, $http_status, $reason, $etag, $last_modified, $now, $batch_id,
-- $max_attempts.
create or replace temp table fetch_log_previous as
select attempts, etag, last_modified from fetch_log where url = $url;

delete from fetch_log where url = $url;

insert into fetch_log
select
    $url,
    $kind,
    case when $status = 'failed' and coalesce(p.attempts, 0) + 1 >= $max_attempts then 'gave_up'
         else $status end,
    $http_status,
    $reason,
    case when $status = 'failed' then coalesce(p.attempts, 0) + 1
         when $status = 'pending' then coalesce(p.attempts, 0) else 0 end,
    coalesce($etag, p.etag),
    coalesce($last_modified, p.last_modified),
    $now,
    $batch_id
from (select 1) as one
left join fetch_log_previous as p on true;
