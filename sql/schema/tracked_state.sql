-- The configured roles (client, patron, pressure), rewritten from configuration at every run so
-- the mart views follow the configuration without holding it in code.
create table if not exists tracked_state (
    iso3 varchar not null,
    role varchar not null,     -- client, patron, pressure
    primary key (iso3, role)
);
