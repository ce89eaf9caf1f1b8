-- reads: text_event_stage
-- writes: actor_candidate
-- Actors of the batch's coded text events that passed validation, for the dim_actor upsert.
insert into actor_candidate
select source_code as actor_code, source_country as country_code, source_sector as sector
from text_event_stage where not failed
union all
select target_code, target_country, target_sector
from text_event_stage where not failed;
