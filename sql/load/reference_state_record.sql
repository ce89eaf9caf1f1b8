-- reads: nothing
-- writes: reference_state
-- The fingerprint of the reference data and views just applied. Parameters $fingerprint, $applied_at
-- (Python's UTC clock: SQL now() is in the session's time zone, every stored time is naive UTC).
delete from reference_state;

insert into reference_state (fingerprint, applied_at) values ($fingerprint, $applied_at);
