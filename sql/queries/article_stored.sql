-- reads: stg_article
-- writes: nothing
-- Whether the warehouse stores an article at this canonical URL (a row, or none). Parameter: the URL.
select 1 from stg_article where canonical_url = ?;
