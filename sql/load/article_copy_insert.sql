-- reads: nothing
-- writes: article_copy
-- One copy of a stored article seen on another page. Parameters in column order.
insert into article_copy (article_key, url, domain, match_kind, batch_id) values (?, ?, ?, ?, ?);
