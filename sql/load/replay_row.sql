-- reads: nothing
-- writes: replay_row
-- The quarantine row behind each line of a replay file (file_row is the line number, from 1).
create or replace temp table replay_row (file_row bigint, quarantine_id bigint);
