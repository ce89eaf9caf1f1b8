-- Every day with an event: a full rebuild of fact_support_daily reuses the incremental refresh.
create or replace temp table affected_day as
select distinct date_key from fact_event;
