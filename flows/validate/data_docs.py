"""Data Docs: a static HTML site with the latest validation result of every suite (one page each).

Only the latest result per suite is kept, so the site stays small however many batches have run;
the full history stays queryable in the warehouse table validation_result.
"""
from __future__ import annotations

import html
import json
from datetime import datetime
from pathlib import Path

import duckdb

from flows.db import run_sql, sql_text, utc_now
from flows.files import publish_text
from flows.validate.suites import SuiteOutcome, run_suite, support_suite_params

WAREHOUSE_SUITES = {  # suite -> sql/ file shaping the stored rows as the suite expects
    "stg_article": "checks/warehouse_frame_stg_article.sql",
    "text_event": "checks/warehouse_frame_text_event.sql",
    "stg_event": "checks/warehouse_frame_stg_event.sql",
    "fact_support_daily": "checks/support_daily_against_events.sql",
}
PARAMS = {"min_event_date": "1979-01-01", "max_event_date": "2200-12-31", "max_published": "2200-12-31"}
STYLE = ("body{font-family:system-ui,sans-serif;margin:2rem;max-width:64rem}table{border-collapse:collapse}"
         "td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}.ok{color:#1a7f37}.fail{color:#b42318}")


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


def _page(suite: str, scope: str, run_at: datetime, rows: int, success: bool, expectations: list[dict]) -> str:
    lines = []
    for e in expectations:
        css, mark = ("ok", "passed") if e["success"] else ("fail", "FAILED")
        examples = html.escape(", ".join(e.get("examples") or []))
        lines.append(f"<tr><td>{html.escape(e['name'])}</td><td>{html.escape(str(e.get('column') or ''))}</td>"
                     f"<td class={css}>{mark}</td><td>{e.get('unexpected_count', 0)}</td>"
                     f"<td>{html.escape(e.get('reason') or '')}</td><td>{examples}</td></tr>")
    state = "<span class=ok>passed</span>" if success else "<span class=fail>failed</span>"
    return (f"<!doctype html><meta charset=utf-8><title>{html.escape(suite)}</title><style>{STYLE}</style>"
            f"<p><a href=index.html>all suites</a></p><h1>Suite {html.escape(suite)}: {state}</h1>"
            f"<p>Latest run {run_at:%Y-%m-%d %H:%M:%S} UTC on {rows} rows ({html.escape(scope)}).</p>"
            "<table><tr><th>expectation</th><th>column</th><th>result</th><th>unexpected</th><th>meaning</th>"
            f"<th>examples</th></tr>{''.join(lines)}</table>")


def build_data_docs(con: duckdb.DuckDBPyConnection, folder: Path, fresh: list[SuiteOutcome] | None = None) -> Path:
    """Write one page per suite (fresh warehouse-wide results win over the latest recorded batch run)."""
    folder.mkdir(parents=True, exist_ok=True)
    latest = {row[0]: row for row in con.execute(sql_text("checks/latest_validation_results.sql")).fetchall()}
    for outcome in fresh or []:
        latest[outcome.suite] = (outcome.suite, "whole warehouse (allywatch validate)", utc_now(),
                                 outcome.rows, outcome.success, None, json.dumps(outcome.expectations))
    index = []
    for suite, scope, run_at, rows, success, _failed, expectations in sorted(latest.values()):
        publish_text(folder / f"{suite}.html", _page(suite, scope, run_at, rows, success, json.loads(expectations)))
        state = "<span class=ok>passed</span>" if success else "<span class=fail>failed</span>"
        index.append(f"<tr><td><a href='{html.escape(suite)}.html'>{html.escape(suite)}</a></td><td>{state}</td>"
                     f"<td>{run_at:%Y-%m-%d %H:%M}</td><td>{rows}</td><td>{html.escape(scope)}</td></tr>")
    publish_text(folder / "index.html", f"<!doctype html><meta charset=utf-8><title>allywatch Data Docs</title>"
           f"<style>{STYLE}</style><h1>allywatch Data Docs</h1><p>The latest validation of every suite.</p>"
           "<table><tr><th>suite</th><th>result</th><th>run (UTC)</th><th>rows</th><th>what</th></tr>"
           f"{''.join(index)}</table>")
    return folder / "index.html"
