"""The Data Docs pages from rows: a passing latest run never hides earlier rejections."""
from __future__ import annotations

from datetime import datetime

from flows.validate.data_docs_pages import CheckResult, SuiteRun, SuiteTotals, index_page, suite_page

EARLY = SuiteRun(datetime(2025, 3, 1, 0, 15), "batch gdelt:20250301000000", 6, False, "stg_event.goldstein_in_range:1")
LATE = SuiteRun(datetime(2025, 3, 2, 9, 0), "batch gdelt:20250302084500", 5, True, "")
TOTALS = SuiteTotals(runs=2, failed_runs=1, first_run=EARLY.run_at, last_failure=EARLY.run_at)


def test_suite_page_lists_the_earlier_rejection_under_a_passing_latest_run() -> None:
    expectation = {"name": "stg_event.goldstein_in_range", "column": "goldstein", "success": True,
                   "unexpected_count": 0, "reason": "Goldstein within -10..10"}
    page = suite_page("stg_event", LATE, [expectation], TOTALS, failures=[EARLY], recent=[LATE, EARLY])
    assert "<h1>Suite stg_event: <span class=ok>passed</span></h1>" in page
    assert "1 found rows to reject (last 2025-03-01 00:15:00)" in page
    assert "stg_event.goldstein_in_range:1" in page and "batch gdelt:20250301000000" in page


def test_index_shows_checks_and_history_and_escapes() -> None:
    checks = [CheckResult("ledger_reconciles", "Batches where a < b.", True, "holds"),
              CheckResult("event_keys_unique", "Keys seen twice.", False, "3 offending rows")]
    page = index_page(datetime(2025, 3, 3), [LATE], ["stg_event"], {"stg_event": TOTALS}, checks)
    assert "<td>event_keys_unique</td><td><span class=fail>FAILED</span></td><td>3 offending rows</td>" in page
    assert "Batches where a &lt; b." in page
    assert "<td>2</td><td>1</td><td>2025-03-01 00:15:00</td>" in page  # runs, rejected, last rejection


def test_no_runs_and_no_failures_read_as_such() -> None:
    empty = SuiteTotals(0, 0, None, None)
    page = suite_page("text_event", LATE, [], empty, failures=[], recent=[])
    assert "No runs recorded in the warehouse yet." in page
    assert page.count("<p>None recorded.</p>") == 2
