-- Every rejected row, with the reason and the expectation that caught it. Rows are never
-- deleted: a replayed row gets resolved_at and stays as the audit trail.
create table if not exists quarantine (
    quarantine_id   bigint primary key,    -- natural_key(batch_id, stage, row_number or a text event's key)
    batch_id        varchar not null,
    stage           varchar not null,
    row_number      bigint,
    record          json not null,
    reason          varchar not null,
    expectation     varchar,
    quarantined_at  timestamp not null,
    resolved_at     timestamp
);
