-- reads: article_copy, stg_article, touched_article
-- writes: fact_event, stg_article
-- Attention of the articles in the temp table touched_article (article_key): 1 + other outlets that
-- carried them; their text events take it as num_articles (the metric weight uses it).
update stg_article as a
set attention = 1 + (
    select count(distinct c.domain) from article_copy as c
    where c.article_key = a.article_key and c.domain <> a.domain)
where a.article_key in (select article_key from touched_article);

update fact_event as f
set num_articles = a.attention
from stg_article as a
where f.origin = 'text'
  and f.source_url = a.canonical_url
  and a.article_key in (select article_key from touched_article);
