-- reads: fact_support_daily
-- writes: nothing
-- Daily rows written before migration 6, which lack tone_events (the GDELT delta add needs it).
select count(*) from fact_support_daily where tone_events is null;
