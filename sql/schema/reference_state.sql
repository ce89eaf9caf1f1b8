-- The fingerprint (md5) of the reference files and view definitions last applied: opening the
-- warehouse skips re-applying them when nothing changed.
create table if not exists reference_state (
    fingerprint varchar not null,
    applied_at  timestamp not null
);
