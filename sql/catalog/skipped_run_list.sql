-- reads: allywatch_skipped_run
-- writes: nothing
select id, noted_at, run, pid, waited_seconds from allywatch_skipped_run order by id;
