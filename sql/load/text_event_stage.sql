-- reads: text_event_frame
-- writes: text_event_stage
-- The batch's coded text events with their validation outcome (registered frame text_event_frame).
create or replace temp table text_event_stage as select * from text_event_frame;
