create table if not exists dim_country (
    country_key bigint primary key,        -- natural_key('country:' || iso3)
    iso3        varchar not null unique,
    iso2        varchar,
    fips        varchar,
    name        varchar not null,
    name_es     varchar,
    region      varchar,
    subregion   varchar
);
