-- reads: fact_event
-- writes: nothing
-- The fact_event rows a snapshot carries: the last $days days of data (by the newest event day), so
-- BI readers can drill into recent events without a copy of every event. Embedded by
-- flows/marts/snapshot.py in a CREATE TABLE, hence no closing semicolon.
select *
from main.fact_event
where date_key >= (
    select coalesce(strftime(max(strptime(date_key::varchar, '%Y%m%d')) - to_days($days::integer), '%Y%m%d')::integer, 0)
    from main.fact_event
)
