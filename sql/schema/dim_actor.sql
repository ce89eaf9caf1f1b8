-- Slowly changing dimension, type 2: a changed mapping closes the current row and opens a new one.
-- The first version of every actor is valid from 1900-01-01 so reloads give the same keys.
create table if not exists dim_actor (
    actor_key    bigint primary key,       -- natural_key(actor_code || '|' || valid_from)
    actor_code   varchar not null,         -- CAMEO actor code, e.g. RUSGOV, VENMIL, UNO
    name         varchar not null,
    country_iso3 varchar,                  -- null for actors that are not a state
    sector       varchar not null,         -- CAMEO role code, '' when none
    is_state     boolean not null,
    valid_from   date not null,
    valid_to     date,                     -- null while current
    is_current   boolean not null
);
