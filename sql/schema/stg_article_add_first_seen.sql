-- The day an article was first stored. An undated article's events take this day, on its first load
-- and on every recode. Articles stored before this column take the start day of their batch.
alter table stg_article add column if not exists first_seen date;

update stg_article as a
set first_seen = b.started_at::date
from batch_ledger as b
where b.batch_id = a.batch_id and a.first_seen is null;
