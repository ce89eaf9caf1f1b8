-- Pledges against deliveries per dyad, year of the pledge and origin ('gdelt', 'text', 'all'), as
-- docs/metrics.md defines them. A pledge is a counted support event with CAMEO 031x or 033x (intent to
-- cooperate materially or to provide aid) in a material category; a delivery is a counted 06x-08x
-- support event of a material category. Reports of one kind, dyad, category and day are one act.
-- Matching, per dyad, category and origin, walking the days in order: on each day the day's pledge joins
-- the open pledges, pledges older than the window (mart_parameter pledge_window_days, default 365)
-- close undelivered, and a delivery takes the earliest open pledge. Each pledge is delivered at most
-- once and each delivery delivers at most one pledge; a delivery with no open pledge delivers none.
-- Columns: patron_iso3, client_iso3 (the dyad); origin (gdelt, text, all); year (of the pledge);
--   pledged (pledge acts that year) = delivered (answered by a delivery within the window)
--   + expired (window over, no delivery) + pending (window still open on the newest day of data);
--   share_delivered = delivered / (delivered + expired), null when no pledge is settled;
--   median_days_to_delivery (days from pledge to its delivery, over the delivered pledges).
create or replace view mart_pledge_delivery as
with recursive

params as (
    select coalesce(max(value) filter (where name = 'pledge_window_days'), 365)::integer as window_days
    from mart_parameter
),

material as (
    select
        patron_iso3,
        client_iso3,
        support_category,
        origin,
        strptime(date_key::varchar, '%Y%m%d')::date as day,
        substr(cameo_code, 1, 3) in ('031', '033') as is_pledge,
        substr(cameo_code, 1, 2) in ('06', '07', '08') as is_delivery
    from v_support_event
    where direction = 'support'
      and support_category in ('military', 'economic', 'energy', 'humanitarian')
),

by_origin as (
    select * from material
    union all
    select * replace ('all' as origin) from material
),

acts as (
    select
        patron_iso3, client_iso3, support_category, origin, day,
        bool_or(is_pledge) as has_pledge,
        bool_or(is_delivery) as has_delivery,
        row_number() over (partition by patron_iso3, client_iso3, support_category, origin order by day) as step
    from by_origin
    where is_pledge or is_delivery
    group by patron_iso3, client_iso3, support_category, origin, day
),

walk (patron_iso3, client_iso3, support_category, origin, step, open_pledges, pledge_day, delivery_day) as (
    select distinct patron_iso3, client_iso3, support_category, origin, 0, []::date[], null::date, null::date
    from acts
    union all
    select
        patron_iso3, client_iso3, support_category, origin, step,
        case when has_delivery and len(still_open) > 0 then still_open[2:] else still_open end,
        case when has_delivery and len(still_open) > 0 then still_open[1] end,
        case when has_delivery and len(still_open) > 0 then day end
    from (
        select
            w.patron_iso3, w.client_iso3, w.support_category, w.origin, a.step, a.day, a.has_delivery,
            list_filter(
                w.open_pledges || (case when a.has_pledge then [a.day] else []::date[] end),
                p -> p + p_window.window_days >= a.day
            ) as still_open
        from walk as w
        join acts as a
          on a.patron_iso3 = w.patron_iso3 and a.client_iso3 = w.client_iso3
         and a.support_category = w.support_category and a.origin = w.origin and a.step = w.step + 1
        cross join params as p_window
    )
),

matches as (
    select patron_iso3, client_iso3, support_category, origin, pledge_day, delivery_day
    from walk
    where pledge_day is not null
),

pledges as (
    select
        a.patron_iso3, a.client_iso3, a.origin, a.day,
        m.delivery_day,
        a.day + p.window_days < (select max(date) from dim_date) as window_closed
    from acts as a
    cross join params as p
    left join matches as m
      on m.patron_iso3 = a.patron_iso3 and m.client_iso3 = a.client_iso3
     and m.support_category = a.support_category and m.origin = a.origin and m.pledge_day = a.day
    where a.has_pledge
),

final as (
    select
        patron_iso3,
        client_iso3,
        origin,
        year(day) as year,
        count(*) as pledged,
        count(delivery_day) as delivered,
        count(*) filter (where delivery_day is null and window_closed) as expired,
        count(*) filter (where delivery_day is null and not window_closed) as pending,
        count(delivery_day) / nullif(count(*) filter (where delivery_day is not null or window_closed), 0)
            as share_delivered,
        median(delivery_day - day) as median_days_to_delivery
    from pledges
    group by patron_iso3, client_iso3, origin, year(day)
)

select * from final;
