-- reads: validation_result
-- writes: nothing
-- The latest recorded run of every suite, for the Data Docs index and each suite's page.
select suite, scope, run_at, rows, success, failed, expectations
from validation_result
qualify row_number() over (partition by suite order by run_at desc) = 1
order by suite;
