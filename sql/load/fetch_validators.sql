-- reads: fetch_log
-- writes: nothing
-- ETag and Last-Modified of a feed's last fetch, for a conditional GET. Parameter: the feed URL.
select etag, last_modified from fetch_log where url = ?;
