"""Publish a read-only snapshot for BI readers: temp file, fsync, atomic rename; marts as Parquet too.

Readers never open the warehouse (DuckDB allows one writer or many readers per file, not both), so
they never block a load and never see a half-loaded batch.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

SNAPSHOT_TABLES = ("dim_date", "dim_country", "dim_actor", "dim_event_type", "dim_source",
                   "fact_support_daily", "fact_volume_daily", "batch_ledger", "tracked_state")
MART_VIEWS = ("mart_support_monthly", "mart_support_index", "mart_support_trend", "mart_shift_alerts",
              "mart_appeals", "mart_pressure", "mart_events_distinct")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def path_literal(path: Path) -> str:
    """A file path as a SQL string literal. ATTACH takes no bind parameters, so the path (from our
    settings, never from data) is quoted here, with embedded quotes doubled and NUL refused."""
    text = str(path.resolve())
    if "\x00" in text:
        raise ValueError("a path with a NUL byte cannot be a database file")
    return "'" + text.replace("'", "''") + "'"


def publish_snapshot(con: duckdb.DuckDBPyConnection, snapshot: Path, event_window_days: int) -> Path:
    """Copy dimensions, daily facts, marts (as tables) and recent fact_event rows to `snapshot`."""
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    tmp = snapshot.with_name(f".{snapshot.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con.execute(f"attach {path_literal(tmp)} as snap")
    try:
        # Table names come from the constants above, never from input.
        for table in SNAPSHOT_TABLES + MART_VIEWS:
            con.execute(f"create table snap.{table} as select * from main.{table}")
        con.execute(
            "create table snap.fact_event as select * from main.fact_event where date_key >= "
            "(select coalesce(strftime(max(strptime(date_key::varchar, '%Y%m%d')) - to_days(?::integer), "
            "'%Y%m%d')::integer, 0) from main.fact_event)",
            [event_window_days])
    finally:
        con.execute("detach snap")
    _fsync(tmp)
    os.replace(tmp, snapshot)
    _fsync(snapshot.parent)
    return snapshot


def publish_parquet(con: duckdb.DuckDBPyConnection, folder: Path) -> list[Path]:
    """Each mart as <folder>/<mart>.parquet, replaced atomically (for BI drivers with older DuckDB)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for mart in MART_VIEWS:
        target = folder / f"{mart}.parquet"
        tmp = folder / f".{mart}.{os.getpid()}.tmp.parquet"
        con.sql(f"select * from {mart}").write_parquet(str(tmp))
        os.replace(tmp, target)
        written.append(target)
    return written
