-- One row per fetched URL (feed, article page, DOC API call): the last outcome, the attempts, and the
-- validators (ETag, Last-Modified) for conditional GETs of feeds.
create table if not exists fetch_log (
    url             varchar primary key,
    kind            varchar not null,      -- feed, page, doc_api
    status          varchar not null,      -- ok, not_modified, failed, gave_up, pending (page over the cap)
    http_status     integer,
    reason          varchar,
    attempts        integer not null default 0,
    etag            varchar,
    last_modified   varchar,
    last_attempt_at timestamp,
    batch_id        varchar
);
