-- reads: batch_ledger, gdelt_accepted, gdelt_batch_file
-- writes: affected_day, affected_volume_day
-- Days the group touched: event days of inserted rows, and publication days of its files.
insert into affected_day
select distinct (year(event_date) * 10000 + month(event_date) * 100 + day(event_date))::integer as date_key
from gdelt_accepted
where not is_duplicate;

insert into affected_volume_day
select distinct (year(item_time) * 10000 + month(item_time) * 100 + day(item_time))::integer as date_key
from batch_ledger
where batch_id in (select batch_id from gdelt_batch_file);
