-- reads: actor_incoming
-- writes: dim_actor
-- SCD2 step of the reference mappings (temp table actor_incoming): a changed mapping closes the current
-- row at $today (the mapping's version date); load/dim_actor_insert_new.sql then opens the new version
-- (valid from $today) as well as rows for new actors (valid from 1900-01-01). Parameter $today (date).

update dim_actor as d
set valid_to = $today::date, is_current = false
from actor_incoming as i
where d.actor_code = i.actor_code
  and d.is_current
  and d.valid_from < $today::date
  and (d.name <> i.name or d.country_iso3 is distinct from i.country_iso3 or d.sector <> i.sector);
