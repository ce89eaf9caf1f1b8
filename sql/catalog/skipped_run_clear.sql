-- reads: nothing
-- writes: allywatch_skipped_run
-- Only the notes the writer has just moved into batch_ledger: a note added meanwhile stays.
delete from allywatch_skipped_run where id <= %(last_id)s;
