-- BI example 1 (docs/bi.md): yearly Russian and Chinese material support to Venezuela beside US
-- pressure on it, from the snapshot's mart_support_monthly (GDELT and text events summed).
select year, patron_iso3, direction, sum(events) as events, round(sum(intensity)) as intensity
from mart_support_monthly
where client_iso3 = 'VEN' and origin = 'all'
  and ((patron_iso3 in ('RUS', 'CHN') and direction = 'support' and is_material)
       or (patron_iso3 = 'USA' and direction = 'pressure'))
group by all
order by year, patron_iso3;
