-- reads: dim_country, ref_country
-- writes: dim_country
-- Type 1 upsert of dim_country from the temp table ref_country (flows/normalize/data/countries.csv).
insert into dim_country
select
    natural_key('country:' || r.iso3) as country_key,
    r.iso3, r.iso2, r.fips, r.name, r.name_es, r.region, r.subregion
from ref_country as r
where not exists (select 1 from dim_country as d where d.iso3 = r.iso3);

update dim_country as d
set name = r.name, iso2 = r.iso2, fips = r.fips, name_es = r.name_es, region = r.region,
    subregion = r.subregion
from ref_country as r
where d.iso3 = r.iso3
  and (d.name <> r.name or d.region is distinct from r.region or d.fips is distinct from r.fips);
