-- reads: validation_result
-- writes: nothing
-- Every suite's history in one row: how many runs, how many found rows to reject, and when, so the
-- Data Docs index shows past failures that a passing latest run would hide.
select suite,
       count(*) as runs,
       count(*) filter (where not success) as failed_runs,
       min(run_at) as first_run,
       max(run_at) filter (where not success) as last_failure
from validation_result
group by suite
order by suite;
