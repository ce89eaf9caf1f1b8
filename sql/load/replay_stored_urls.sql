-- reads: stg_article
-- writes: nothing
-- Which of a news batch's replayed article URLs are now stored. Parameters: batch_id, the URLs.
select url from stg_article where batch_id = ? and url in (select unnest(?::varchar[]));
