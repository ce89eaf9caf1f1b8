-- reads: stg_article
-- writes: nothing
-- Stored signatures near the batch's publication dates (wire copies appear within days), or undated.
-- Parameters: $first_day, $last_day.
select article_key, minhash
from stg_article
where minhash is not null
  and (published is null or published between $first_day::date - 14 and $last_day::date + 14);
