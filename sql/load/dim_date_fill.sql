-- reads: dim_date, fact_event, fact_volume_daily
-- writes: dim_date
-- Keep dim_date complete (no gaps) from the earliest to the latest day any fact uses.
insert into dim_date
with

bounds as (
    select min(d) as first_day, max(d) as last_day
    from (
        select strptime(min(date_key)::varchar, '%Y%m%d')::date as d from fact_event
        union all select strptime(max(date_key)::varchar, '%Y%m%d')::date from fact_event
        union all select strptime(min(date_key)::varchar, '%Y%m%d')::date from fact_volume_daily
        union all select strptime(max(date_key)::varchar, '%Y%m%d')::date from fact_volume_daily
        union all select min(date) from dim_date
        union all select max(date) from dim_date
    )
),

days as (
    select unnest(generate_series(first_day, last_day, interval 1 day))::date as day
    from bounds
    where first_day is not null
),

final as (
    select
        (year(day) * 10000 + month(day) * 100 + day(day))::integer as date_key,
        day as date,
        year(day)::smallint as year,
        quarter(day)::tinyint as quarter,
        month(day)::tinyint as month,
        date_trunc('month', day)::date as month_start,
        weekofyear(day)::tinyint as iso_week,
        isodow(day)::tinyint as day_of_week
    from days
)

select * from final
where date not in (select date from dim_date);
