-- One row per GX suite run: what was validated (a batch, a group of batches, or the warehouse), how
-- many rows, and the outcome of every expectation (JSON). Data Docs show the latest run per suite.
create table if not exists validation_result (
    suite         varchar not null,
    scope         varchar not null,
    run_at        timestamp not null,
    rows          bigint not null,
    success       boolean not null,
    failed        varchar,
    expectations  json not null
);
