"""validation_result: every suite run, kept in the warehouse for Data Docs and audits."""
from __future__ import annotations

import json

import duckdb

from flows.db import sql_text, utc_now
from flows.validate.suites import SuiteOutcome


def record_outcome(con: duckdb.DuckDBPyConnection, outcome: SuiteOutcome, scope: str) -> None:
    failed = ",".join(f"{k}:{v}" for k, v in sorted(outcome.failed_expectations.items())) or None
    con.execute(sql_text("load/validation_result_insert.sql"),
                [outcome.suite, scope, utc_now(), outcome.rows, outcome.success, failed,
                 json.dumps(outcome.expectations, ensure_ascii=False)])
