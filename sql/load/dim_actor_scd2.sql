-- SCD2 upsert of dim_actor from the reference mappings in the temp table actor_incoming: a new actor
-- opens a row valid from 1900-01-01 (stable keys on reload); a changed mapping closes the current row
-- at $today (the mapping's version date) and opens a new one. Parameter $today (date).

update dim_actor as d
set valid_to = $today::date, is_current = false
from actor_incoming as i
where d.actor_code = i.actor_code
  and d.is_current
  and d.valid_from < $today::date
  and (d.name <> i.name or d.country_iso3 is distinct from i.country_iso3 or d.sector <> i.sector);

insert into dim_actor
select
    natural_key(i.actor_code || '|' ||
        case when exists (select 1 from dim_actor as o where o.actor_code = i.actor_code)
             then strftime($today::date, '%Y-%m-%d') else '1900-01-01' end) as actor_key,
    i.actor_code, i.name, i.country_iso3, i.sector, i.is_state,
    case when exists (select 1 from dim_actor as o where o.actor_code = i.actor_code)
         then $today::date else date '1900-01-01' end as valid_from,
    null as valid_to,
    true as is_current
from actor_incoming as i
where not exists (select 1 from dim_actor as d where d.actor_code = i.actor_code and d.is_current);
