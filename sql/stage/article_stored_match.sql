-- reads: stg_article
-- writes: nothing
-- A stored article with the same canonical URL or the same content, and which of the two matched.
-- Parameters: canonical URL, canonical URL, content hash.
select article_key, case when canonical_url = ? then 'url' else 'content' end as match_kind
from stg_article
where canonical_url = ? or content_hash = ?
limit 1;
