-- No primary key on purpose: facts are loaded with anti-join inserts on event_key (one writer),
-- which DuckLake tables also support, and a 100M-row index would cost memory on every load.
-- One coded event: a GDELT row (origin gdelt) or an event coded from article text (origin text).
create table if not exists fact_event (
    event_key          bigint not null,   -- natural_key('gdelt:' || id) or of url+sentence+code+actors
    date_key           integer not null,
    source_actor_key   bigint,
    target_actor_key   bigint,
    event_type_key     bigint not null,
    source_key         bigint,
    origin             varchar not null,   -- gdelt, text
    gdelt_event_id     bigint,
    source_url         varchar,
    cameo_code         varchar not null,
    quad_class         tinyint not null,
    goldstein          double,
    tone               double,
    num_mentions       integer,
    num_sources        integer,
    num_articles       integer,
    amount_usd         double,
    confidence         double,
    direction          varchar,
    support_category   varchar,
    negated            boolean not null default false,
    evidence           varchar,
    coder_version      varchar,
    source_iso3        varchar,
    target_iso3        varchar,
    source_sector      varchar,
    target_sector      varchar,
    is_state_dyad      boolean not null,
    action_geo_country varchar,
    action_geo_feature varchar,
    date_added         timestamp,
    batch_id           varchar not null
);
