-- Articles as extracted from feeds, pages and files; the raw payload stays in landing/.
create table if not exists stg_article (
    article_key   bigint primary key,      -- natural_key('article:' || canonical_url)
    canonical_url varchar not null unique,
    url           varchar not null,
    content_hash  varchar not null,
    title         varchar,
    text          varchar not null,
    published     date,
    language      varchar,
    domain        varchar not null,
    source_kind   varchar not null,
    feed          varchar,
    attention     integer not null default 1,   -- outlets that carried the story
    batch_id      varchar not null,
    coder_version varchar
);
