-- reads: fact_event, recode_old_event, stg_article
-- writes: fact_event, recode_old_event
-- Remember, then remove, the text events of the articles being recoded. Parameter $since.
create or replace temp table recode_old_event as
select f.event_key, f.date_key
from fact_event as f
join stg_article as a on a.canonical_url = f.source_url
where f.origin = 'text' and ($since is null or a.published >= $since);

delete from fact_event where event_key in (select event_key from recode_old_event);
