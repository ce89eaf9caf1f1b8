-- reads: mart_appeals
-- writes: nothing
-- Not a view: the appeals table of the HTML report, newest first. Parameter $client.
select appeal_date, client_iso3, patron_iso3, support_category, fulfilled, evidence, source_url
from mart_appeals
where client_iso3 = $client
order by appeal_date desc, patron_iso3
limit 200;
