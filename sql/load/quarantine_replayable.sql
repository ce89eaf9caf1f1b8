-- Unresolved quarantined GDELT rows of one batch, in their original order. Parameter: batch_id.
select quarantine_id, record
from quarantine
where batch_id = ? and stage = 'raw_gdelt' and resolved_at is null
order by row_number;
