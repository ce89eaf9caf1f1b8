"""Load a group of GDELT export files in one transaction from what gdelt_stage staged.

One ledger row per file; the group commits or rolls back as a whole, so a crash leaves no partial
batch and every file of the group is picked up again on the next run. Parsing and validation happen
before the transaction (gdelt_stage.stage_group), so the writer holds it only to insert.
"""
from __future__ import annotations

from datetime import date

import duckdb

from flows.batch import BatchResult
from flows.config import Settings
from flows.crashpoints import crash_point
from flows.db import run_sql, sql_text, transaction, utc_now
from flows.load.facts import refresh_derived, upsert_actors, upsert_sources
from flows.load.ledger import record_batch
from flows.load.validation_log import record_outcome
from flows.stage.gdelt_stage import LandedFile, StagedGroup

__all__ = ["LandedFile", "StagedGroup", "insert_accepted", "load_staged", "restore_staged"]


def restore_staged(con: duckdb.DuckDBPyConnection, staged: StagedGroup) -> None:
    """The staged Arrow tables as this connection's temp tables (their names are gdelt_stage's constants)."""
    for name, table in staged.tables.items():
        view = f"staged_{name}"
        con.register(view, table)
        try:
            con.execute(f"create or replace temp table {name} as select * from {view}")
        finally:
            con.unregister(view)


def insert_accepted(con: duckdb.DuckDBPyConnection, today: date) -> None:
    run_sql(con, "load/gdelt_accepted.sql")
    run_sql(con, "load/candidate_tables.sql")
    run_sql(con, "load/gdelt_candidates.sql")
    upsert_actors(con, today)
    upsert_sources(con)
    run_sql(con, "load/fact_event_insert_gdelt.sql")


def _results(con: duckdb.DuckDBPyConnection, rejected: dict[str, str]) -> dict[str, BatchResult]:
    failed: dict[str, dict[str, int]] = {}
    for name in ("load/gdelt_failures_per_batch.sql", "load/gdelt_parse_rejects_per_batch.sql"):
        for batch_id, expectation, count in con.execute(sql_text(name)).fetchall():
            failed.setdefault(batch_id, {})[expectation] = count
    results = {}
    for batch_id, received, loaded, quarantined, filtered, duplicate in con.execute(
            sql_text("load/gdelt_batch_result.sql")).fetchall():
        results[batch_id] = BatchResult(
            batch_id=batch_id, source="gdelt", item=batch_id.split(":")[1],
            status="rejected" if batch_id in rejected else "loaded", received=received, loaded=loaded,
            quarantined=quarantined, filtered=filtered, duplicate=duplicate, error=rejected.get(batch_id),
            failed_expectations=failed.get(batch_id, {}))
    return results


def load_staged(con: duckdb.DuckDBPyConnection, staged: StagedGroup, settings: Settings,
                flow_run_id: str | None = None) -> list[BatchResult]:
    """Store a staged group in one transaction: validation results, quarantine, facts, ledger, daily facts.

    Batches the ledger already holds as settled are left out, untouched (an overlapping run or a second
    listing of the same file): the results name only the batches stored here.
    """
    with transaction(con):
        restore_staged(con, staged)
        run_sql(con, "load/gdelt_skip_settled.sql")
        settled = {row[0] for row in con.execute("select batch_id from gdelt_settled_batch").fetchall()}
        landed = [f for f in staged.landed if f.listed.batch_id not in settled]
        results = _store_group(con, staged, landed, flow_run_id) if landed else []
        crash_point("gdelt_load.before_commit")
    return results


def _store_group(con: duckdb.DuckDBPyConnection, staged: StagedGroup, landed: list[LandedFile],
                 flow_run_id: str | None) -> list[BatchResult]:
    for outcome in staged.outcomes:
        record_outcome(con, outcome, staged.scope)
    now = utc_now()
    run_sql(con, "load/quarantine_staged_insert.sql", {"now": now})
    crash_point("gdelt_load.after_quarantine")
    insert_accepted(con, now.date())
    crash_point("gdelt_load.after_fact_insert")
    results = _results(con, staged.rejected)
    for f in landed:
        record_batch(con, results[f.listed.batch_id], item_md5=f.listed.md5,
                     item_time=f.listed.published, landing_path=str(f.zip_path),
                     started_at=staged.started, flow_run_id=flow_run_id)
    refresh_derived(con, "load/gdelt_affected_days.sql", support_sql="load/fact_support_daily_add.sql")
    return [results[f.listed.batch_id] for f in landed]

