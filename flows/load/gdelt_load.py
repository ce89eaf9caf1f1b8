"""Load a group of GDELT export files in one transaction: parse, scope, validate, quarantine, insert.

One ledger row per file; the group commits or rolls back as a whole, so a crash leaves no partial
batch and every file of the group is picked up again on the next run.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb

from flows.collect.gdelt import ListedFile, unzip_export
from flows.config import Settings
from flows.crashpoints import crash_point
from flows.load.facts import refresh_derived, upsert_actors, upsert_sources
from flows.load.ledger import BatchResult, record_batch, utc_now
from flows.load.validation_log import record_outcome
from flows.load.warehouse import insert_rows, run_sql, sql_text
from flows.validate.suites import RowFailure, run_suite


@dataclass(frozen=True)
class LandedFile:
    listed: ListedFile
    zip_path: Path


def stage_files(con: duckdb.DuckDBPyConnection, files: dict[str, Path], settings: Settings) -> None:
    """raw_gdelt_event, stg_event and gdelt_batch_count temp tables for the group."""
    con.execute("drop table if exists gdelt_rejects")
    con.execute("drop table if exists gdelt_reject_scans")
    con.execute("create or replace temp table gdelt_batch_file "
                "(batch_id varchar, file_path varchar, file_name varchar)")
    insert_rows(con, "insert into gdelt_batch_file values (?, ?, ?)",
                [(b, str(p), p.name) for b, p in files.items()])
    run_sql(con, "staging/raw_gdelt_event.sql", {"files": [str(p) for p in files.values()]})
    others = list(dict.fromkeys(settings.patrons + settings.pressure_states))
    run_sql(con, "staging/stg_event.sql",
                {"scope": settings.scope, "clients": list(settings.clients), "others": others})
    run_sql(con, "load/gdelt_batch_count.sql")


def validate_group(con: duckdb.DuckDBPyConnection, newest: datetime, scope: str) -> list[RowFailure]:
    """Run the raw_gdelt and stg_event suites on the staged in-scope rows; keep both results and
    the failing rows in the temp table gdelt_row_failure."""
    raw = con.execute(sql_text("staging/gdelt_validation_raw.sql")).df()
    stg = con.execute(sql_text("staging/gdelt_validation_stg.sql")).df()
    params = {"min_event_date": "1979-01-01",
              "max_event_date": (newest + timedelta(days=1)).strftime("%Y-%m-%d")}
    failures = []
    for outcome in (run_suite("raw_gdelt", raw), run_suite("stg_event", stg, params)):
        record_outcome(con, outcome, scope)
        failures += outcome.failures
    con.execute("create or replace temp table gdelt_row_failure (row_id bigint, expectation varchar, reason varchar)")
    insert_rows(con, "insert into gdelt_row_failure values (?, ?, ?)",
                [(f.row_id, f.expectation, f.reason) for f in failures])
    return failures


def _reject_batches(con: duckdb.DuckDBPyConnection, threshold: float) -> dict[str, str]:
    """Batches whose failing share of in-scope rows exceeds the threshold are rejected whole."""
    rejected = {}
    for batch_id, in_scope, failing in con.execute(sql_text("load/gdelt_failing_share.sql")).fetchall():
        if in_scope and failing / in_scope > threshold:
            rejected[batch_id] = (f"{failing} of {in_scope} in-scope rows failed validation "
                                  f"({failing / in_scope:.0%} > {threshold:.0%})")
    con.execute("create or replace temp table gdelt_rejected_batch (batch_id varchar, reason varchar)")
    insert_rows(con, "insert into gdelt_rejected_batch values (?, ?)", list(rejected.items()))
    return rejected


def insert_accepted(con: duckdb.DuckDBPyConnection, today: date) -> None:
    run_sql(con, "load/gdelt_accepted.sql")
    run_sql(con, "load/gdelt_candidates.sql")
    upsert_actors(con, today)
    upsert_sources(con)
    run_sql(con, "load/fact_event_insert_gdelt.sql")


def _results(con: duckdb.DuckDBPyConnection, failures: list[RowFailure], rejected: dict[str, str]
             ) -> dict[str, BatchResult]:
    batch_of_row = dict(con.execute("select row_id, batch_id from stg_event where in_scope").fetchall())
    failed: dict[str, dict[str, int]] = {}
    for failure in failures:
        per_batch = failed.setdefault(batch_of_row[failure.row_id], {})
        per_batch[failure.expectation] = per_batch.get(failure.expectation, 0) + 1
    results = {}
    for batch_id, received, loaded, quarantined, filtered, duplicate in con.execute(
            sql_text("load/gdelt_batch_result.sql")).fetchall():
        results[batch_id] = BatchResult(
            batch_id=batch_id, source="gdelt", item=batch_id.split(":")[1],
            status="rejected" if batch_id in rejected else "loaded", received=received, loaded=loaded,
            quarantined=quarantined, filtered=filtered, duplicate=duplicate, error=rejected.get(batch_id),
            failed_expectations=failed.get(batch_id, {}))
    return results


def load_group(con: duckdb.DuckDBPyConnection, landed: list[LandedFile], settings: Settings,
               flow_run_id: str | None = None) -> list[BatchResult]:
    """Load landed export files in one transaction; files that cannot be unzipped raise FetchError."""
    started = utc_now()
    with tempfile.TemporaryDirectory(prefix="allywatch-gdelt-") as work:
        files = {f.listed.batch_id: unzip_export(f.zip_path, f.listed.name, Path(work)) for f in landed}
        con.execute("begin transaction")
        try:
            stage_files(con, files, settings)
            crash_point("gdelt_load.after_parse")
            scope = f"gdelt: {landed[0].listed.name} .. {landed[-1].listed.name} ({len(landed)} files)"
            failures = validate_group(con, max(f.listed.published for f in landed), scope)
            crash_point("gdelt_load.after_validation")
            rejected = _reject_batches(con, settings.quarantine_threshold)
            now = utc_now()
            run_sql(con, "load/quarantine_parse_rejects.sql", {"now": now})
            run_sql(con, "load/gdelt_quarantine_chosen.sql")
            run_sql(con, "load/quarantine_gdelt_rows.sql", {"now": now})
            crash_point("gdelt_load.after_quarantine")
            insert_accepted(con, now.date())
            crash_point("gdelt_load.after_fact_insert")
            results = _results(con, failures, rejected)
            for f in landed:
                record_batch(con, results[f.listed.batch_id], item_md5=f.listed.md5,
                             item_time=f.listed.published, landing_path=str(f.zip_path),
                             started_at=started, flow_run_id=flow_run_id)
            refresh_derived(con, "load/gdelt_affected_days.sql", support_sql="load/fact_support_daily_add.sql")
            crash_point("gdelt_load.before_commit")
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    return [results[f.listed.batch_id] for f in landed]

