-- reads: source_watermark
-- writes: source_watermark
-- Record the newest item a source listed upstream (kept when this check found none) and the list
-- lines it could not read. Parameters: $source, $newest_seen, $now, $skipped.
update source_watermark
set newest_seen = coalesce($newest_seen, newest_seen),
    checked_at = $now,
    skipped_list_lines = $skipped
where source = $source;

insert into source_watermark (source, newest_seen, checked_at, skipped_list_lines)
select $source, $newest_seen, $now, $skipped
where not exists (select 1 from source_watermark where source = $source);
