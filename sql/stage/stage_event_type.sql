-- reads: nothing
-- writes: dim_event_type
-- The decision-table fields of dim_event_type for a staging connection (no warehouse there), read
-- from the same reference file dim_event_type_upsert.sql loads. Parameter $event_types_csv.
create table dim_event_type as
select cameo_code, nullif(direction, '') as direction, nullif(support_category, '') as support_category
from read_csv($event_types_csv, header = true, all_varchar = true);
