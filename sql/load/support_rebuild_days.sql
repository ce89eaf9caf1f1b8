-- reads: fact_event
-- writes: affected_day
-- Every day with an event: a full rebuild of fact_support_daily reuses the incremental refresh.
insert into affected_day
select distinct date_key from fact_event;
