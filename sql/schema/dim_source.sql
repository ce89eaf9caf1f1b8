-- One outlet per kind: a GDELT source domain, a feed's outlet, a local input.
create table if not exists dim_source (
    source_key bigint primary key,         -- natural_key(kind || '|' || domain)
    kind       varchar not null,           -- gdelt, rss, doc_api, file
    domain     varchar not null,
    language   varchar,
    unique (kind, domain)
);
