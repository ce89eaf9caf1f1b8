-- MinHash signature of the article text (64 values), for near-duplicate detection across outlets.
alter table stg_article add column if not exists minhash bigint[];
