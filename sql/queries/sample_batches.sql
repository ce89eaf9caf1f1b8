-- reads: batch_ledger
-- writes: nothing
-- Not a view: how many loaded batches are files of the bundled sample, known by their md5.
-- Parameter: $md5s.
select count(*) as sample_batches
from batch_ledger
where status = 'loaded' and item_md5 in (select unnest($md5s::varchar[]));
