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

acts as materialized (
    select
        patron_iso3, client_iso3, support_category, origin, day,
        bool_or(is_pledge) as has_pledge,
        bool_or(is_delivery) as has_delivery
    from by_origin
    where is_pledge or is_delivery
    group by patron_iso3, client_iso3, support_category, origin, day
),

-- One row per dyad, category and origin with its acts in day order, so each step of the walk below
-- reads one list element instead of searching every act.
sequences as materialized (
    select
        row_number() over () as sequence_id,
        patron_iso3, client_iso3, support_category, origin,
        list(day order by day) as days,
        list(has_pledge order by day) as pledges,
        list(has_delivery order by day) as deliveries
    from acts
    group by patron_iso3, client_iso3, support_category, origin
),

walk (sequence_id, step, open_pledges, pledge_day, delivery_day) as (
    select sequence_id, 0, []::date[], null::date, null::date
    from sequences
    union all
    select
        sequence_id, step,
        case when delivers and len(still_open) > 0 then still_open[2:] else still_open end,
        case when delivers and len(still_open) > 0 then still_open[1] end,
        case when delivers and len(still_open) > 0 then day end
    from (
        select
            w.sequence_id,
            w.step + 1 as step,
            s.days[w.step + 1] as day,
            s.deliveries[w.step + 1] as delivers,
            list_filter(
                w.open_pledges || (case when s.pledges[w.step + 1] then [s.days[w.step + 1]] else []::date[] end),
                p -> p + p_window.window_days >= s.days[w.step + 1]
            ) as still_open
        from walk as w
        join sequences as s on s.sequence_id = w.sequence_id and w.step < len(s.days)
        cross join params as p_window
    )
),

matches as (
    select s.patron_iso3, s.client_iso3, s.support_category, s.origin, w.pledge_day, w.delivery_day
    from walk as w
    join sequences as s using (sequence_id)
    where w.pledge_day is not null
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
