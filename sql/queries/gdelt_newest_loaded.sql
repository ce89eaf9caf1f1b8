-- reads: batch_ledger
-- writes: nothing
-- Publication time of the newest loaded GDELT file: the watermark pending files are counted from.
select max(item_time) from batch_ledger where source = 'gdelt' and status = 'loaded';
