-- reads: fact_event
-- writes: nothing
-- Natural keys that appear more than once in fact_event.
select count(*) from (select event_key from fact_event group by event_key having count(*) > 1);
