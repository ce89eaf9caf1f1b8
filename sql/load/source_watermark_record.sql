-- Record the newest item a source listed upstream. Parameters: $source, $newest_seen, $now.
delete from source_watermark where source = $source;

insert into source_watermark values ($source, $newest_seen, $now);
