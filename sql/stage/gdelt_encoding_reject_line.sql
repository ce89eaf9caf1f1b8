-- reads: nothing
-- writes: gdelt_encoding_reject_line
-- Lines rejected as not UTF-8, read from the files as received and held as Latin-1 text (one
-- character per byte), filled by gdelt_stage.keep_encoding_rejects.
create or replace temp table gdelt_encoding_reject_line (file_path varchar, line bigint, latin1_line varchar);
