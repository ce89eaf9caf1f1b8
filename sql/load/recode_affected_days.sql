-- reads: fact_event, recode_old_event, stg_article, touched_article
-- writes: affected_day
-- Days a recode touched: the days of the removed events and of the new ones (article counts per
-- publication day do not change, so affected_volume_day stays empty).
insert into affected_day
select date_key from recode_old_event
union
select distinct f.date_key
from fact_event as f
join stg_article as a on a.canonical_url = f.source_url
where f.origin = 'text' and a.article_key in (select article_key from touched_article);
