-- reads: nothing
-- writes: allywatch_skipped_run
-- Runs that gave up waiting for the writer lock of a PostgreSQL-catalog lake, noted in the catalog's
-- database so that the next writer, on whichever machine, moves them into batch_ledger.
create table if not exists allywatch_skipped_run (
    id bigserial primary key,
    noted_at timestamp not null,
    run text not null,
    pid text,
    host text,
    waited_seconds text
);
