-- BI example 3 (docs/bi.md): per year, pressure on Venezuela from the pressure states against the
-- support of all its tracked patrons (mart_pressure), and their ratio: a rising ratio means pressure grows
-- while support shrinks.
select
    year(month) as year,
    sum(pressure_events) as pressure_events,
    round(sum(pressure_intensity)) as pressure_intensity,
    sum(patron_support_events) as patron_support_events,
    round(sum(patron_support_intensity)) as patron_support_intensity,
    round(sum(pressure_intensity) / nullif(sum(patron_support_intensity), 0), 2) as pressure_per_support
from mart_pressure
where client_iso3 = 'VEN'
group by all
order by year;
