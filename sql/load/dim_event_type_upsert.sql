-- reads: dim_event_type, ref_event_type
-- writes: dim_event_type
-- Type 1 upsert of dim_event_type from the temp table ref_event_type (flows/reference/event_types.csv).
-- Anti-join insert, then update of changed rows: no ON CONFLICT, so DuckLake can run it too.
insert into dim_event_type
select
    natural_key('cameo:' || r.cameo_code) as event_type_key,
    r.cameo_code,
    r.name,
    r.root_code,
    left(r.cameo_code, 3) as base_code,
    r.quad_class::tinyint,
    r.goldstein::double,
    nullif(r.plover_event, ''),
    nullif(r.plover_mode, ''),
    nullif(r.support_category, ''),
    nullif(r.direction, '')
from ref_event_type as r
where not exists (select 1 from dim_event_type as d where d.cameo_code = r.cameo_code);

update dim_event_type as d
set
    name = r.name,
    quad_class = r.quad_class::tinyint,
    goldstein = r.goldstein::double,
    plover_event = nullif(r.plover_event, ''),
    plover_mode = nullif(r.plover_mode, ''),
    support_category = nullif(r.support_category, ''),
    direction = nullif(r.direction, '')
from ref_event_type as r
where d.cameo_code = r.cameo_code
  and (d.name <> r.name
       or d.goldstein <> r.goldstein::double
       or d.support_category is distinct from nullif(r.support_category, '')
       or d.direction is distinct from nullif(r.direction, ''));
