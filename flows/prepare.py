"""Prepare the warehouse once per flow run, under the writer lock: migrations, reference data, the
marts' views and the data dictionary's comments when their files changed, the run's parameters, skipped-run notes.

Tasks and readers then just connect (flows/db.py): a read never rewrites what BI reads.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from flows.config import Settings
from flows.db import connection, run_sql, transaction, utc_now
from flows.load.dictionary import apply_comments
from flows.load.schema import (
    migrate,
    rebuild_support_daily_without_tone_events,
    reference_fingerprint,
    refresh_reference,
    write_run_parameters,
)
from flows.marts.views import apply_views
from flows.writer_lock import skipped_runs


def prepare_warehouse(settings: Settings) -> None:
    """Bring the warehouse up to date for a run with these settings. The caller holds the writer lock."""
    with connection(settings.warehouse, data_path=settings.lake_data_path) as con:
        prepare_connection(con, settings)


def prepare_connection(con: duckdb.DuckDBPyConnection, settings: Settings) -> None:
    migrate(con)
    fingerprint = reference_fingerprint()
    # The notes are cleared when the block ends, so only after the transaction that stores them commits.
    with skipped_runs(settings.warehouse) as skipped, transaction(con):
        applied = con.execute("select max(fingerprint) from reference_state").fetchone()[0]
        if applied != fingerprint:
            refresh_reference(con)
            apply_views(con)
            apply_comments(con)  # after the views: replacing a view drops its comments
            rebuild_support_daily_without_tone_events(con)
            run_sql(con, "load/reference_state_record.sql", {"fingerprint": fingerprint, "applied_at": utc_now()})
        write_run_parameters(con, settings)
        for entry in (e for e in skipped if isinstance(e, dict) and e.get("at") and e.get("run")):
            run_sql(con, "load/skipped_run_insert.sql", {
                "run": str(entry.get("run")), "at": entry.get("at"),
                "waited": str(entry.get("waited_seconds")), "pid": str(entry.get("pid"))})


@contextmanager
def prepared_warehouse(settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to the warehouse, prepared first: for the writers outside a flow run
    (`recode`, `quarantine --replay`), tests and benchmarks. The caller holds the writer lock."""
    with connection(settings.warehouse, data_path=settings.lake_data_path) as con:
        prepare_connection(con, settings)
        yield con
