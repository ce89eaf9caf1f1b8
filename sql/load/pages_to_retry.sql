-- reads: fetch_log, quarantine
-- writes: nothing
-- Article pages to fetch again: the last fetch failed (with tries left) or was put off over the per-feed
-- cap, before this run started; oldest first. With what the feed said of the item, from the newest
-- fetch-stage quarantine record of the URL (title, date, language, feed), when there is one.
-- Parameter $tried_before: the start of this run.
with

latest_record as (
    select
        json_extract_string(record, '$.url') as url,
        record
    from quarantine
    where stage = 'fetch'
    qualify row_number() over (partition by json_extract_string(record, '$.url')
                               order by quarantined_at desc, quarantine_id) = 1
)

select
    f.url,
    r.record
from fetch_log as f
left join latest_record as r on r.url = f.url
where f.kind = 'page'
  and f.status in ('failed', 'pending')
  and f.last_attempt_at < $tried_before
order by f.last_attempt_at, f.url;
