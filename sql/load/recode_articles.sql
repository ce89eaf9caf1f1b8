-- reads: stg_article
-- writes: nothing
-- Stored articles to recode (all, or published on or after $since), grouped later by batch.
select batch_id, source_kind, canonical_url, title, text, published, language, feed, first_seen
from stg_article
where $since is null or published >= $since
order by batch_id, canonical_url;
