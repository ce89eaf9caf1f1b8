-- Days a news batch touched: dates of its events, publication days of its articles.
-- Parameter $batch_id.
create or replace temp table affected_day as
select distinct date_key from fact_event where batch_id = $batch_id;

create or replace temp table affected_volume_day as
select distinct (year(published) * 10000 + month(published) * 100 + day(published))::integer as date_key
from stg_article
where published is not null and batch_id = $batch_id;
