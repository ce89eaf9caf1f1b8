"""The HTML of the Data Docs site: pure functions from query rows to pages, no database, no files."""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Any

STYLE = ("body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem}table{border-collapse:collapse;"
         "margin-bottom:1.5rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;"
         "overflow-wrap:anywhere}"
         ".ok{color:#1a7f37}.fail{color:#b42318}")
PASSED = "<span class=ok>passed</span>"
FAILED = "<span class=fail>FAILED</span>"


@dataclass(frozen=True)
class SuiteRun:
    """One recorded run of a suite, as validation_result keeps it."""
    run_at: datetime
    scope: str
    rows: int
    success: bool
    failed: str  # "expectation:unexpected_count,..." or ""


@dataclass(frozen=True)
class SuiteTotals:
    runs: int
    failed_runs: int
    first_run: datetime | None
    last_failure: datetime | None


@dataclass(frozen=True)
class CheckResult:
    """A warehouse-wide check (sql/checks/): its name, what it looks for, and what it found."""
    name: str
    meaning: str
    passed: bool
    detail: str


def _e(value: object) -> str:
    return html.escape(str(value))


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S}" if value else "never"


def _document(title: str, body: str) -> str:
    return f"<!doctype html><meta charset=utf-8><title>{_e(title)}</title><style>{STYLE}</style>{body}"


def _runs_table(runs: list[SuiteRun]) -> str:
    if not runs:
        return "<p>None recorded.</p>"
    rows = "".join(f"<tr><td>{_when(r.run_at)}</td><td>{PASSED if r.success else FAILED}</td><td>{r.rows}</td>"
                   f"<td>{_e(r.failed.replace(',', ', '))}</td><td>{_e(r.scope)}</td></tr>" for r in runs)
    return ("<table><tr><th>run (UTC)</th><th>result</th><th>rows</th><th>failed expectations (rows)</th>"
            f"<th>what was validated</th></tr>{rows}</table>")


def _expectations_table(expectations: list[dict[str, Any]]) -> str:
    lines = []
    for e in expectations:
        examples = _e(", ".join(e.get("examples") or []))
        lines.append(f"<tr><td>{_e(e['name'])}</td><td>{_e(e.get('column') or '')}</td>"
                     f"<td>{PASSED if e['success'] else FAILED}</td><td>{e.get('unexpected_count', 0)}</td>"
                     f"<td>{_e(e.get('reason') or '')}</td><td>{examples}</td></tr>")
    return ("<table><tr><th>expectation</th><th>column</th><th>result</th><th>unexpected</th><th>meaning</th>"
            f"<th>examples</th></tr>{''.join(lines)}</table>")


def suite_page(suite: str, latest: SuiteRun, expectations: list[dict[str, Any]], totals: SuiteTotals,
               failures: list[SuiteRun], recent: list[SuiteRun]) -> str:
    """A suite's page: its latest run expectation by expectation, then every run that rejected rows and
    the most recent runs, so a pass today never hides the rows quarantined before."""
    history = (f"<p>{totals.runs} runs recorded since {_when(totals.first_run)} UTC; "
               f"{totals.failed_runs} found rows to reject (last {_when(totals.last_failure)}).</p>"
               if totals.runs else "<p>No runs recorded in the warehouse yet.</p>")
    body = (f"<p><a href=index.html>all suites and checks</a></p>"
            f"<h1>Suite {_e(suite)}: {PASSED if latest.success else FAILED}</h1>"
            f"<p>Latest run {_when(latest.run_at)} UTC on {latest.rows} rows ({_e(latest.scope)}).</p>"
            f"{_expectations_table(expectations)}<h2>History</h2>{history}"
            f"<h3>Runs that rejected rows (newest {len(failures)})</h3>{_runs_table(failures)}"
            f"<h3>Latest runs</h3>{_runs_table(recent)}")
    return _document(suite, body)


def index_page(built_at: datetime, latest: list[SuiteRun], suites: list[str], totals: dict[str, SuiteTotals],
               checks: list[CheckResult]) -> str:
    """The front page: the warehouse-wide checks as of this build, then every suite with its history."""
    check_rows = "".join(f"<tr><td>{_e(c.name)}</td><td>{PASSED if c.passed else FAILED}</td><td>{_e(c.detail)}</td>"
                         f"<td>{_e(c.meaning)}</td></tr>" for c in checks)
    suite_rows = []
    for suite, run in zip(suites, latest, strict=True):
        total = totals[suite]
        suite_rows.append(f"<tr><td><a href='{_e(suite)}.html'>{_e(suite)}</a></td>"
                          f"<td>{PASSED if run.success else FAILED}</td><td>{_when(run.run_at)}</td><td>{run.rows}</td>"
                          f"<td>{total.runs}</td><td>{total.failed_runs}</td><td>{_when(total.last_failure)}</td>"
                          f"<td>{_e(run.scope)}</td></tr>")
    body = (f"<h1>allywatch Data Docs</h1><p>Built {_when(built_at)} UTC.</p>"
            f"<h2>Warehouse-wide checks</h2><p>Run over the whole warehouse when these pages were built.</p>"
            "<table><tr><th>check</th><th>result</th><th>found</th><th>what it looks for</th></tr>"
            f"{check_rows}</table>"
            "<h2>Validation suites</h2><p>The latest run of each suite, and every run recorded: a batch whose "
            "rows were quarantined counts as a run that rejected rows.</p>"
            "<table><tr><th>suite</th><th>latest</th><th>latest run (UTC)</th><th>rows</th><th>runs</th>"
            "<th>runs that rejected rows</th><th>last rejection (UTC)</th><th>what</th></tr>"
            f"{''.join(suite_rows)}</table>")
    return _document("allywatch Data Docs", body)
