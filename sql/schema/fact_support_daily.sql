-- day x patron x client x category x direction x origin, from state-to-state, non-negated events.
create table if not exists fact_support_daily (
    date_key         integer not null,
    patron_iso3      varchar not null,
    client_iso3      varchar not null,
    support_category varchar not null,
    direction        varchar not null,
    origin           varchar not null,
    events           bigint not null,
    weighted_events  double not null,
    intensity        double not null,
    amount_usd       double,
    avg_tone         double
);
