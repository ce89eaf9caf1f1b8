-- reads: dim_actor, dim_date, dim_event_type, dim_source, fact_event
-- writes: nothing
-- fact_event rows whose dimension keys do not resolve (referential integrity).
select count(*) from fact_event as f
where not exists (select 1 from dim_event_type as t where t.event_type_key = f.event_type_key)
   or not exists (select 1 from dim_date as d where d.date_key = f.date_key)
   or (f.source_actor_key is not null
       and not exists (select 1 from dim_actor as a where a.actor_key = f.source_actor_key))
   or (f.target_actor_key is not null
       and not exists (select 1 from dim_actor as a where a.actor_key = f.target_actor_key))
   or (f.source_key is not null
       and not exists (select 1 from dim_source as s where s.source_key = f.source_key));
