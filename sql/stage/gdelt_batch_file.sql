-- reads: nothing
-- writes: gdelt_batch_file
-- The group's files, one per batch (filled by gdelt_stage.stage_files).
create or replace temp table gdelt_batch_file (batch_id varchar, file_path varchar, file_name varchar);
