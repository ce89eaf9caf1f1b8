-- reads: mart_pledge_delivery
-- writes: nothing
-- Not a view: pledges against deliveries toward one client per tracked patron and year of the pledge
-- (both origins), for the report beside the appeals. Parameters: $client, $patrons.
select patron_iso3, year, pledged, delivered, expired, pending, share_delivered, median_days_to_delivery
from mart_pledge_delivery
where client_iso3 = $client and origin = 'all' and patron_iso3 in (select unnest($patrons))
order by year desc, patron_iso3;
