"""Shared steps of every load: dimension upserts and the incremental refresh of derived facts."""
from __future__ import annotations

from datetime import date

import duckdb

from flows.load.warehouse import run_sql


def upsert_actors(con: duckdb.DuckDBPyConnection, today: date) -> None:
    """dim_actor SCD2 upsert from the temp table actor_candidate."""
    run_sql(con, "load/dim_actor_upsert.sql", {"today": today})


def upsert_sources(con: duckdb.DuckDBPyConnection) -> None:
    run_sql(con, "load/dim_source_upsert.sql")


def refresh_derived(con: duckdb.DuckDBPyConnection, affected_days_sql: str, params: dict | None = None) -> None:
    """Recompute fact_volume_daily and fact_support_daily for the touched days, then fill dim_date.

    affected_days_sql names the sql/ file that builds the temp tables affected_day and
    affected_volume_day for the current batch or group.
    """
    run_sql(con, affected_days_sql, params)
    run_sql(con, "load/fact_volume_daily_refresh.sql")
    run_sql(con, "load/fact_support_daily_refresh.sql")
    run_sql(con, "load/dim_date_fill.sql")


def rebuild_support_daily(con: duckdb.DuckDBPyConnection) -> None:
    """Full rebuild of fact_support_daily (for checks: it must equal the incremental result)."""
    run_sql(con, "load/support_rebuild_days.sql")
    run_sql(con, "load/fact_support_daily_refresh.sql")
