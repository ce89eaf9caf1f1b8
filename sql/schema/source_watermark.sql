-- The newest item a source listed upstream when it was last checked (for GDELT: the newest file in
-- the lists), so `allywatch status` can tell "nothing new upstream" from "falling behind" offline.
create table if not exists source_watermark (
    source      varchar primary key,
    newest_seen timestamp,
    checked_at  timestamp not null
);
