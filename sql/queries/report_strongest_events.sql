-- reads: dim_event_type, fact_event, v_support_event
-- writes: nothing
-- Not a view: the strongest counted events toward one client (by |Goldstein| x weight) over the last
-- $days days of data, with evidence and source. Parameters: $client, $days, $limit.
with

newest as (
    select max(strptime(date_key::varchar, '%Y%m%d')::date) as last_day from fact_event
),

final as (
    select
        strptime(e.date_key::varchar, '%Y%m%d')::date as date,
        case when e.direction = 'appeal' then e.client_iso3 else e.patron_iso3 end as actor_iso3,
        case when e.direction = 'appeal' then e.patron_iso3 else e.client_iso3 end as target_iso3,
        e.direction,
        e.support_category,
        e.cameo_code,
        t.name as event_name,
        e.origin,
        e.intensity,
        e.evidence,
        e.source_url
    from v_support_event as e
    left join dim_event_type as t on t.cameo_code = e.cameo_code
    where e.client_iso3 = $client
      and strptime(e.date_key::varchar, '%Y%m%d')::date > (select last_day from newest) - $days::integer
)

select * from final
order by intensity desc, date desc, cameo_code
limit $limit;
