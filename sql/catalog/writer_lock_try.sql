-- reads: nothing
-- writes: nothing
-- The writer lock of a PostgreSQL-catalog lake: a session-level advisory lock on a fixed key (one lake
-- per database), taken without waiting. The server drops it when the holding session ends, however the
-- process that held it died.
select pg_try_advisory_lock(7250221, 1);
