-- reads: stg_event
-- writes: nothing
-- The frame the stg_event suite validates: in-scope typed rows.
select
    s.row_id,
    s.global_event_id,
    s.event_date,
    s.quad_class,
    s.goldstein,
    s.avg_tone,
    s.num_articles
from stg_event as s;
