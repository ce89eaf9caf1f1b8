-- One row per day, complete from the earliest to the latest date any fact uses.
create table if not exists dim_date (
    date_key    integer primary key,       -- yyyymmdd
    date        date not null unique,
    year        smallint not null,
    quarter     tinyint not null,
    month       tinyint not null,
    month_start date not null,
    iso_week    tinyint not null,
    day_of_week tinyint not null
);
