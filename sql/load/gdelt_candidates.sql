-- reads: gdelt_accepted
-- writes: actor_candidate, source_candidate
-- Actors and outlets of the group's accepted, non-duplicate rows, for the dimension upserts
-- (temp tables of candidate_tables.sql).
insert into actor_candidate
select actor1_code as actor_code, actor1_country as country_code, actor1_sector as sector
from gdelt_accepted where not is_duplicate and actor1_code is not null
union all
select actor2_code, actor2_country, actor2_sector
from gdelt_accepted where not is_duplicate and actor2_code is not null;

insert into source_candidate
select distinct 'gdelt' as kind, coalesce(source_domain, '') as domain, null::varchar as language
from gdelt_accepted
where not is_duplicate;
