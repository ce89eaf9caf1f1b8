-- reads: nothing
-- writes: schema_version
-- One applied migration. Parameters $version, $description, $applied_at.
insert into schema_version (version, description, applied_at) values ($version, $description, $applied_at);
