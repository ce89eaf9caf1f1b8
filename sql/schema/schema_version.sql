-- The migrations a warehouse has applied, one row per version. Created before the first migration
-- runs (migrate() reads it to know which versions are missing), so it is not a migration itself.
create table if not exists schema_version (
    version     integer not null,
    description varchar,
    applied_at  timestamp
);
