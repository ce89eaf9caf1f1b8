-- reads: actor_incoming, dim_actor
-- writes: dim_actor
-- Open a current row for every actor in actor_incoming (load/actor_incoming.sql) that has none: new
-- actors (valid from 1900-01-01) and, after load/dim_actor_scd2.sql closed a changed mapping, its new
-- version (valid from $today). Loads run only this file, so data that disagrees with the reference
-- never changes an existing actor and versions cannot flap.
-- Parameter $today (date).

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
