-- reads: nothing
-- writes: mart_parameter, tracked_state
-- The tracked roles and mart parameters of this run's configuration, replacing the last run's.
-- Parameters $codes and $roles (side by side: codes[i] has roles[i]), $min_baseline, $pledge_window_days.
delete from tracked_state;

insert into tracked_state (iso3, role)
select unnest($codes::varchar[]), unnest($roles::varchar[]);

delete from mart_parameter;

insert into mart_parameter (name, value)
values ('min_baseline', $min_baseline), ('pledge_window_days', $pledge_window_days);
