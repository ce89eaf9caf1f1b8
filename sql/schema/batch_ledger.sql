-- One row per batch (a GDELT export file, a feed fetch, an input file).
-- received = loaded + quarantined + filtered + duplicate holds for every row.
create table if not exists batch_ledger (
    batch_id        varchar primary key,
    source          varchar not null,      -- gdelt, rss, doc_api, file
    item            varchar not null,      -- file name or feed/input path or URL
    item_md5        varchar,
    item_time       timestamp,             -- when the item was published upstream (UTC)
    landing_path    varchar,
    received        bigint not null default 0,
    loaded          bigint not null default 0,
    quarantined     bigint not null default 0,
    filtered        bigint not null default 0,
    duplicate       bigint not null default 0,
    events_coded    bigint,                -- news batches: events the coder produced
    events_loaded   bigint,
    status          varchar not null,      -- loaded, rejected, failed, gave_up
    attempts        integer not null default 1,
    error           varchar,
    failed_expectations varchar,
    started_at      timestamp,
    finished_at     timestamp,
    flow_run_id     varchar
);
