-- reads: nothing
-- writes: ref_country
-- The reference countries (flows/normalize/data/countries.csv), every column as text, for
-- dim_country_upsert.sql. Parameter $csv: the file's path.
create or replace temp table ref_country as
select * from read_csv($csv, header = true, all_varchar = true);
