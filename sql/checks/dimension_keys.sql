-- The keys fact_support_daily rows must resolve to, as sets for the fact_support_daily suite.
select
    (select list(iso3 order by iso3) from dim_country) as country_codes,
    (select list(date_key order by date_key) from dim_date) as date_keys;
