-- reads: fact_event, stg_article, touched_article
-- writes: batch_ledger, fact_event, stg_article, touched_article
-- After a recode: the articles carry the coder version, their events the article's attention, and
-- the ledger the new event counts of their batches. Parameters $since, $coder_version.
insert into touched_article
select article_key from stg_article where $since is null or published >= $since;

update stg_article set coder_version = $coder_version
where article_key in (select article_key from touched_article);

update fact_event as f
set num_articles = a.attention
from stg_article as a
where f.origin = 'text' and f.source_url = a.canonical_url
  and a.article_key in (select article_key from touched_article);

update batch_ledger as b
set events_coded = coalesce(n.events, 0), events_loaded = coalesce(n.events, 0)
from (
    select a.batch_id, count(f.event_key) as events
    from stg_article as a
    left join fact_event as f on f.origin = 'text' and f.source_url = a.canonical_url
    where a.article_key in (select article_key from touched_article)
    group by a.batch_id
) as n
where b.batch_id = n.batch_id;
