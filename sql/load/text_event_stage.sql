-- reads: text_event_frame
-- writes: text_event_stage
-- The batch's coded text events with their validation outcome (registered frame text_event_frame).
-- A one-sided event has no target: its target columns are null, typed as text even when the whole
-- batch is one-sided (a frame column of nulls alone would come in as an integer).
create or replace temp table text_event_stage as
select * replace (
    target_code::varchar as target_code,
    target_country::varchar as target_country,
    target_sector::varchar as target_sector
)
from text_event_frame;
