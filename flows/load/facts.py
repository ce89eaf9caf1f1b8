"""Shared steps of every load: dimension upserts and the incremental refresh of derived facts."""
from __future__ import annotations

from datetime import date

import duckdb

from flows.crashpoints import crash_point
from flows.db import run_sql, sql_text
from flows.load.validation_log import record_outcome
from flows.validate.suites import ValidationGateError, run_suite, support_suite_params


def upsert_actors(con: duckdb.DuckDBPyConnection, today: date) -> None:
    """New actors from the temp table actor_candidate (loads add actors, never change them)."""
    run_sql(con, "load/actor_incoming.sql")
    run_sql(con, "load/dim_actor_insert_new.sql", {"today": today})


def upsert_sources(con: duckdb.DuckDBPyConnection) -> None:
    run_sql(con, "load/dim_source_upsert.sql")


def refresh_derived(con: duckdb.DuckDBPyConnection, affected_days_sql: str, params: dict | None = None,
                    support_sql: str = "load/fact_support_daily_refresh.sql") -> None:
    """Bring fact_volume_daily and fact_support_daily up to date for the touched days, then fill dim_date.

    affected_days_sql names the sql/ file that fills the temp tables affected_day and
    affected_volume_day (load/refresh_scope.sql creates them) for the current batch or group.
    support_sql recomputes the touched days (any change) or, for append-only GDELT groups, adds the
    new events (load/fact_support_daily_add.sql).
    """
    run_sql(con, "load/refresh_scope.sql")
    run_sql(con, affected_days_sql, params)
    run_sql(con, "load/fact_volume_daily_refresh.sql")
    run_sql(con, support_sql)
    crash_point("facts.after_support_refresh")
    run_sql(con, "load/dim_date_fill.sql")
    gate_support_daily(con)


def gate_support_daily(con: duckdb.DuckDBPyConnection) -> None:
    """The fact_support_daily suite on the rows the refresh wrote (temp support_touched), each beside
    its recomputation from fact_event; a failure rolls the whole batch back."""
    frame = con.execute(sql_text("checks/support_daily_against_events.sql")).df()
    if frame.empty:
        return
    outcome = run_suite("fact_support_daily", frame, support_suite_params(con))
    record_outcome(con, outcome, f"refreshed days: {frame['date_key'].nunique()}")
    if not outcome.success:
        failed = ", ".join(sorted(outcome.failed_expectations))
        raise ValidationGateError(f"fact_support_daily failed {failed} after the refresh; the batch is rolled back")

