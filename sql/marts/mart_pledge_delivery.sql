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
with

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
      -- tracked dyads only: the walk visits every act, and across every dyad of a GDELT warehouse it
      -- would cost more than the rest of a publish
      and patron_iso3 in (select iso3 from tracked_state where role = 'patron')
      and client_iso3 in (select iso3 from tracked_state where role = 'client')
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

-- One row per dyad, category and origin with its acts in day order, each act shaped like the walk's
-- state so list_reduce can carry the state through the list in one pass (no recursion).
sequences as (
    select
        a.patron_iso3, a.client_iso3, a.support_category, a.origin,
        list({'open_pledges': []::date[], 'matched': []::struct(pledge_day date, delivery_day date)[],
              'day': a.day, 'is_pledge': a.has_pledge, 'delivers': a.has_delivery,
              'window_days': p.window_days} order by a.day) as steps
    from acts as a
    cross join params as p
    group by a.patron_iso3, a.client_iso3, a.support_category, a.origin
),

-- The walk: at each act, pledges past the window drop out and the day's pledge joins the open ones
-- (the list_filter, written twice as a lambda cannot name it); a delivery takes the first open one.
walked as (
    select
        patron_iso3, client_iso3, support_category, origin,
        list_reduce(steps, (acc, act) -> {
            'open_pledges': case when act.delivers and len(list_filter(list_concat(acc.open_pledges, case when act.is_pledge then [act.day] else []::date[] end),
                             p -> p + act.window_days >= act.day)) > 0
                then (list_filter(list_concat(acc.open_pledges, case when act.is_pledge then [act.day] else []::date[] end),
                             p -> p + act.window_days >= act.day))[2:]
                else list_filter(list_concat(acc.open_pledges, case when act.is_pledge then [act.day] else []::date[] end),
                             p -> p + act.window_days >= act.day) end,
            'matched': case when act.delivers and len(list_filter(list_concat(acc.open_pledges, case when act.is_pledge then [act.day] else []::date[] end),
                             p -> p + act.window_days >= act.day)) > 0
                then list_append(acc.matched, {'pledge_day': (list_filter(list_concat(acc.open_pledges, case when act.is_pledge then [act.day] else []::date[] end),
                             p -> p + act.window_days >= act.day))[1], 'delivery_day': act.day})
                else acc.matched end,
            'day': act.day, 'is_pledge': act.is_pledge, 'delivers': act.delivers, 'window_days': act.window_days
        }, {'open_pledges': []::date[], 'matched': []::struct(pledge_day date, delivery_day date)[],
             'day': null::date, 'is_pledge': false, 'delivers': false, 'window_days': 0}).matched as matched
    from sequences
),

matches as (
    select patron_iso3, client_iso3, support_category, origin,
           unnest(matched, recursive := true)
    from walked
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
