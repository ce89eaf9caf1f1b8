-- reads: code_request_frame, stg_article
-- writes: nothing
-- Positions of the articles (registered frame code_request_frame: position, url, content_hash) whose
-- URL and content the warehouse does not hold yet: the others are duplicates, not worth coding.
select f.position
from code_request_frame as f
where not exists (
    select 1 from stg_article as s where s.canonical_url = f.url or s.content_hash = f.content_hash
)
order by f.position;
