-- reads: nothing
-- writes: ref_event_type
-- The reference event types (flows/reference/event_types.csv), every column as text, for
-- dim_event_type_upsert.sql. Parameter $csv: the file's path.
create or replace temp table ref_event_type as
select *
from read_csv($csv, header = true, all_varchar = true, auto_detect = false,
              columns = {'cameo_code': 'varchar', 'name': 'varchar', 'root_code': 'varchar',
                         'quad_class': 'varchar', 'goldstein': 'varchar', 'plover_event': 'varchar',
                         'plover_mode': 'varchar', 'plover_context': 'varchar',
                         'support_category': 'varchar', 'direction': 'varchar'});
