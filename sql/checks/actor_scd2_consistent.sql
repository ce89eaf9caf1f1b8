-- reads: dim_actor
-- writes: nothing
-- Actors without exactly one current row, or with overlapping validity ranges.
select
    (select count(*) from (select actor_code from dim_actor group by actor_code
                           having count(*) filter (where is_current) <> 1))
  + (select count(*) from dim_actor as a join dim_actor as b
       on a.actor_code = b.actor_code and a.actor_key < b.actor_key
      and a.valid_from < coalesce(b.valid_to, date '9999-12-31')
      and b.valid_from < coalesce(a.valid_to, date '9999-12-31'));
