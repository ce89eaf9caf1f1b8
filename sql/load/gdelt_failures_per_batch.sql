-- reads: gdelt_row_failure, stg_event
-- writes: nothing
-- Per batch of the group and expectation: how many in-scope rows failed it (a row failing two
-- expectations counts under each). Inputs: temp gdelt_row_failure and stg_event.
select s.batch_id, f.expectation, count(*) as failing
from gdelt_row_failure as f
join stg_event as s on s.row_id = f.row_id
group by s.batch_id, f.expectation
order by s.batch_id, f.expectation;
