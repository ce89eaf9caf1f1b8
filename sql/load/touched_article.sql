-- reads: nothing
-- writes: touched_article
-- Articles whose attention or events a load or recode changed (filled by the caller or recode_finish.sql).
create or replace temp table touched_article (article_key bigint);
