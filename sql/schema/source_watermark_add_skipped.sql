-- Lines of the source's lists that could not be read at the last check (for GDELT: lines of
-- masterfilelist/lastupdate the planner skipped), so `allywatch status` shows them.
alter table source_watermark add column if not exists skipped_list_lines integer;
