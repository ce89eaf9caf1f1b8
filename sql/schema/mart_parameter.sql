-- Numeric parameters of the marts (e.g. min_baseline), rewritten from configuration at every run.
create table if not exists mart_parameter (
    name  varchar primary key,
    value double not null
);
