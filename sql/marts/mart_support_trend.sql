-- Trend = index(d) - index(d - 90 days), per dyad and origin.
create or replace view mart_support_trend as
with

now_index as (select * from mart_support_index),

final as (
    select
        n.date,
        n.date_key,
        n.patron_iso3,
        n.client_iso3,
        n.origin,
        n.support_index,
        p.support_index as support_index_90d_ago,
        n.support_index - p.support_index as trend_90d,
        n.baseline_partial
    from now_index as n
    left join mart_support_index as p
        on p.patron_iso3 = n.patron_iso3 and p.client_iso3 = n.client_iso3
       and p.origin = n.origin and p.date = n.date - 90
)

select * from final;
