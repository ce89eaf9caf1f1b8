-- reads: quarantine, gdelt_batch_file
-- writes: nothing
-- Per batch of the group: lines DuckDB could not parse, by kind ('parse:missing_columns', ...), so a
-- run's "why" names them beside the failed expectations.
select batch_id, expectation, count(*) as failing
from quarantine
where stage = 'parse' and batch_id in (select batch_id from gdelt_batch_file)
group by batch_id, expectation
order by batch_id, expectation;
