-- reads: validation_result
-- writes: nothing
-- One suite's recorded runs, newest first: all of them, or with $failed_only the runs that found rows
-- to reject ($row_limit caps the page).
select run_at, scope, rows, success, coalesce(failed, '') as failed
from validation_result
where suite = $suite and (not $failed_only or not success)
order by run_at desc
limit $row_limit;
