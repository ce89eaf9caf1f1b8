-- reads: gdelt_accepted
-- writes: nothing
-- Replayed rows that now load, and those whose event arrived in the warehouse meanwhile.
select
    count(*) filter (where not is_duplicate) as loaded,
    count(*) filter (where is_duplicate) as duplicate
from gdelt_accepted;
