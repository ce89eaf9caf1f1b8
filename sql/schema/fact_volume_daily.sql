-- All rows a source delivered per day, in scope or not: the denominator of intensity_per_100k.
create table if not exists fact_volume_daily (
    date_key        integer not null,
    source          varchar not null,
    events_received bigint not null
);
