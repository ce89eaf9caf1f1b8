-- CAMEO codes with the decision-table fields, loaded from flows/reference/event_types.csv.
create table if not exists dim_event_type (
    event_type_key   bigint primary key,   -- natural_key('cameo:' || cameo_code)
    cameo_code       varchar not null unique,
    name             varchar not null,
    root_code        varchar not null,
    base_code        varchar not null,
    quad_class       tinyint not null,
    goldstein        double not null,
    plover_event     varchar,
    plover_mode      varchar,
    support_category varchar,
    direction        varchar
);
