-- reads: gdelt_staged_quarantine, quarantine
-- writes: quarantine
-- Quarantine rows picked at staging (flows/stage/gdelt_stage.py: parse rejects, rows that failed a
-- suite, every in-scope row of a rejected batch), stamped with the load's time. A row already
-- stored (a rerun) is not stored again. Input: temp table gdelt_staged_quarantine. Parameter $now.
insert into quarantine by name
select * replace ($now::timestamp as quarantined_at)
from gdelt_staged_quarantine
where quarantine_id not in (select quarantine_id from quarantine);
