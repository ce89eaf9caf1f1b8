-- reads: stg_article
-- writes: nothing
-- The stored articles, shaped as the stg_article suite expects.
select row_number() over () as row_id, url, text, language, strftime(published, '%Y-%m-%d') as published
from stg_article;
