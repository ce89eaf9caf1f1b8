-- Reprints of a stored article (same canonical URL, same content, or a near duplicate) seen on other
-- pages: attention of the article = 1 + the number of other outlets (domains) that carried it.
create table if not exists article_copy (
    article_key   bigint not null,         -- the stored article it copies
    url           varchar not null,
    domain        varchar not null,
    match_kind    varchar not null,        -- url, content, near
    batch_id      varchar not null
);
