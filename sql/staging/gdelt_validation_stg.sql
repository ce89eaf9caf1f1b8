-- The frame the stg_event suite validates: in-scope typed rows with their decision-table fields.
select
    s.row_id,
    s.global_event_id,
    s.event_date,
    s.quad_class,
    s.goldstein,
    s.avg_tone,
    s.num_articles,
    e.direction,
    e.support_category
from stg_event as s
left join dim_event_type as e on e.cameo_code = s.cameo_code;
