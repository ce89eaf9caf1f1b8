-- reads: gdelt_batch_count, gdelt_row_failure, stg_event
-- writes: nothing
-- Per batch of the group: in-scope rows and how many of them failed validation.
select c.batch_id, c.in_scope, count(distinct f.row_id) as failing
from gdelt_batch_count as c
left join stg_event as s on s.batch_id = c.batch_id
left join gdelt_row_failure as f on f.row_id = s.row_id
group by all;
