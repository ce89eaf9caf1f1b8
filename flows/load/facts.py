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


def refresh_derived(con: duckdb.DuckDBPyConnection, event_days_sql: str, volume_days_sql: str) -> None:
    """Recompute fact_support_daily and fact_volume_daily for the touched days, then dim_date.

    The two arguments name queries over the current group's temp tables (fixed strings from the
    caller's module, never user input) that list the date_keys touched.
    """
    con.execute(f"create or replace temp table affected_day as {event_days_sql}")
    con.execute(f"create or replace temp table affected_volume_day as {volume_days_sql}")
    run_sql(con, "load/fact_volume_daily_refresh.sql")
    run_sql(con, "load/fact_support_daily_refresh.sql")
    run_sql(con, "load/dim_date_fill.sql")


def rebuild_support_daily(con: duckdb.DuckDBPyConnection) -> None:
    """Full rebuild of fact_support_daily (for checks: it must equal the incremental result)."""
    con.execute("create or replace temp table affected_day as select distinct date_key from fact_event")
    run_sql(con, "load/fact_support_daily_refresh.sql")
