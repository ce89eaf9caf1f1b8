-- reads: nothing
-- writes: actor_candidate, source_candidate
-- The actors and outlets a load or a reference refresh offers to the dimension upserts (empty here;
-- gdelt_candidates.sql, text_candidates.sql and the Python callers fill them).
create or replace temp table actor_candidate (actor_code varchar, country_code varchar, sector varchar);

create or replace temp table source_candidate (kind varchar, domain varchar, language varchar);
