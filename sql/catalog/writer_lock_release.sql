-- reads: nothing
-- writes: nothing
-- Gives back the advisory lock writer_lock_try.sql took (the session then closes anyway).
select pg_advisory_unlock(7250221, 1);
