-- reads: quarantine
-- writes: nothing
-- Unresolved quarantined articles of one news batch, in their original order. Parameter: batch_id.
select record
from quarantine
where batch_id = ? and stage = 'stg_article' and resolved_at is null
order by row_number;
