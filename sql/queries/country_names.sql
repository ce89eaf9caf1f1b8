-- reads: dim_country
-- writes: nothing
-- Not a view: the English names of some countries by ISO3, for sentences. Parameter: $codes.
select iso3, name
from dim_country
where iso3 in (select unnest($codes));
