-- reads: nothing
-- writes: allywatch_skipped_run
insert into allywatch_skipped_run (noted_at, run, pid, host, waited_seconds)
values (%(at)s, %(run)s, %(pid)s, %(host)s, %(waited)s);
