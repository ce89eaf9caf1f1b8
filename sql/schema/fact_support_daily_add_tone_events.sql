-- How many of a row's events carry a tone: with it, avg_tone can be updated by adding a batch's
-- events instead of recomputing whole days (rows from before this column are rebuilt once).
alter table fact_support_daily add column if not exists tone_events bigint;
