"""Data Docs: a static HTML site with the warehouse-wide checks and, per validation suite, its latest
result expectation by expectation and its recorded history.

Why not Great Expectations' own site builder: it renders the validation results kept in a file-backed
GX context's store, one JSON document per run. Every batch here is validated on an in-memory frame
and its outcome kept in the warehouse table validation_result (one row per suite run, audited with
the batch), so the builder would need a second, ever-growing store of the same results; and the
warehouse-wide checks are SQL counts, not expectations, which that site cannot show. These pages
read validation_result instead, so the history they show is the one the warehouse keeps.
"""
from __future__ import annotations

import json
from pathlib import Path

import duckdb

from flows.db import run_sql, sql_text, utc_now
from flows.files import publish_text
from flows.validate.data_docs_pages import CheckResult, SuiteRun, SuiteTotals, index_page, suite_page
from flows.validate.suites import SuiteOutcome, run_suite, support_suite_params
from flows.validate.warehouse_checks import check_meaning, run_checks

WAREHOUSE_SUITES = {  # suite -> sql/ file shaping the stored rows as the suite expects
    "stg_article": "checks/warehouse_frame_stg_article.sql",
    "text_event": "checks/warehouse_frame_text_event.sql",
    "stg_event": "checks/warehouse_frame_stg_event.sql",
    "fact_support_daily": "checks/support_daily_against_events.sql",
}
PARAMS = {"min_event_date": "1979-01-01", "max_event_date": "2200-12-31", "max_published": "2200-12-31"}
FAILED_RUNS_SHOWN = 100
RECENT_RUNS_SHOWN = 20
WHOLE_WAREHOUSE = "whole warehouse (allywatch validate, not recorded)"


def validate_warehouse(con: duckdb.DuckDBPyConnection) -> list[SuiteOutcome]:
    """Every suite that applies to stored rows, run over the whole warehouse."""
    outcomes = []
    run_sql(con, "load/refresh_scope.sql")
    run_sql(con, "checks/support_touched_all.sql")  # fact_support_daily's frame and key sets read it
    received = int(con.execute(sql_text("checks/gdelt_lines_received.sql")).fetchone()[0])
    params = {**PARAMS, **support_suite_params(con), "max_rows": received}
    for suite, relative in WAREHOUSE_SUITES.items():
        frame = con.execute(sql_text(relative)).df()
        outcomes.append(run_suite(suite, frame, params))
    return outcomes


def _runs(con: duckdb.DuckDBPyConnection, suite: str, failed_only: bool, limit: int) -> list[SuiteRun]:
    rows = con.execute(sql_text("queries/data_docs_suite_runs.sql"),
                       {"suite": suite, "failed_only": failed_only, "row_limit": limit}).fetchall()
    return [SuiteRun(*row) for row in rows]


def _latest(con: duckdb.DuckDBPyConnection, fresh: list[SuiteOutcome]) -> dict[str, tuple[SuiteRun, list[dict]]]:
    """Each suite's latest run and its expectations; fresh whole-warehouse results win over recorded ones."""
    latest = {}
    for suite, scope, run_at, rows, success, failed, expectations in con.execute(
            sql_text("queries/data_docs_latest.sql")).fetchall():
        latest[suite] = (SuiteRun(run_at, scope, rows, success, failed or ""), json.loads(expectations))
    for outcome in fresh:
        failed = ",".join(f"{k}:{v}" for k, v in sorted(outcome.failed_expectations.items()))
        latest[outcome.suite] = (SuiteRun(utc_now(), WHOLE_WAREHOUSE, outcome.rows, outcome.success, failed),
                                 outcome.expectations)
    return latest


def build_data_docs(con: duckdb.DuckDBPyConnection, folder: Path, fresh: list[SuiteOutcome] | None = None,
                    checks: list[tuple[str, bool, str]] | None = None) -> Path:
    """Write the index (checks and suites) and one page per suite. `checks` are results the caller has
    just computed (allywatch validate); without them the checks run here, so every build shows them."""
    built_at = utc_now()
    latest = _latest(con, fresh or [])
    recorded = {row[0]: SuiteTotals(*row[1:]) for row in
                con.execute(sql_text("queries/data_docs_suite_totals.sql")).fetchall()}
    totals = {suite: recorded.get(suite, SuiteTotals(0, 0, None, None)) for suite in latest}
    for suite, (run, expectations) in sorted(latest.items()):
        page = suite_page(suite, run, expectations, totals[suite], _runs(con, suite, True, FAILED_RUNS_SHOWN),
                          _runs(con, suite, False, RECENT_RUNS_SHOWN))
        publish_text(folder / f"{suite}.html", page)
    results = run_checks(con) if checks is None else checks
    check_rows = [CheckResult(name, check_meaning(name), ok, detail) for name, ok, detail in results]
    suites = sorted(latest)
    publish_text(folder / "index.html",
                 index_page(built_at, [latest[s][0] for s in suites], suites, totals, check_rows))
    return folder / "index.html"
