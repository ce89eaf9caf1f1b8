-- reads: nothing
-- writes: validation_result
-- Record one suite run (parameters in column order of validation_result).
insert into validation_result values (?, ?, ?, ?, ?, ?, ?);
