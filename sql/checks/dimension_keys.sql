-- reads: dim_country, dim_date, support_touched
-- writes: nothing
-- The dimension keys that the rows in the temp table support_touched resolve to, as sets for the
-- fact_support_daily suite: only those the rows name, since GX's cost grows with a set's size
-- (dim_date's thousands of days would weigh on every gate) and a key outside them fails either way.
select
    (select list(iso3 order by iso3) from dim_country
     where iso3 in (select patron_iso3 from support_touched union select client_iso3 from support_touched))
        as country_codes,
    (select list(date_key order by date_key) from dim_date
     where date_key in (select date_key from support_touched)) as date_keys;
