-- reads: quarantine
-- writes: quarantine
-- One rejected row of a news batch; a row whose id is already in quarantine is not written again.
-- Parameters: the id's text, batch_id, stage, row_number, record, reason, expectation, quarantined_at,
-- and the id's text again (for the anti-join).
insert into quarantine (quarantine_id, batch_id, stage, row_number, record, reason, expectation,
                        quarantined_at, resolved_at)
select natural_key(?), ?, ?, ?, ?, ?, ?, ?, null
where natural_key(?) not in (select quarantine_id from quarantine);
