-- reads: nothing
-- writes: stg_article
-- One new article (parameters in column order of stg_article; attention starts at 1).
insert into stg_article (article_key, canonical_url, url, content_hash, title, text, published, language, domain,
                         source_kind, feed, attention, batch_id, coder_version, minhash, first_seen)
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?);
