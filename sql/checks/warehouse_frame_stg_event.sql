-- reads: fact_event
-- writes: nothing
-- The stored GDELT events, shaped as the stg_event suite expects.
select
    row_number() over () as row_id,
    gdelt_event_id as global_event_id,
    strptime(date_key::varchar, '%Y%m%d')::date::varchar as event_date,
    quad_class,
    goldstein,
    tone as avg_tone,
    num_articles
from fact_event
where origin = 'gdelt';
