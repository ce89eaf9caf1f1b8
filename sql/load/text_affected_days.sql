-- reads: fact_event, stg_article, touched_article
-- writes: affected_day, affected_volume_day
-- Days a news batch touched: dates of its events and of the events of articles whose attention it
-- changed, publication days of its articles. Parameter $batch_id.
insert into affected_day
select distinct date_key from fact_event where batch_id = $batch_id
union
select distinct f.date_key
from fact_event as f
join stg_article as a on a.canonical_url = f.source_url
where f.origin = 'text' and a.article_key in (select article_key from touched_article);

insert into affected_volume_day
select distinct (year(published) * 10000 + month(published) * 100 + day(published))::integer as date_key
from stg_article
where published is not null and batch_id = $batch_id;
