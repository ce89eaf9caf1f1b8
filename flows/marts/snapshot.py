"""Publish a read-only snapshot for BI readers: temp file, fsync, atomic rename; marts as Parquet too.

Readers never open the warehouse (DuckDB allows one writer or many readers per file, not both), so
they never block a load and never see a half-loaded batch.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from flows.crashpoints import crash_point
from flows.db import connect, sql_literal, sql_text, transaction, utc_now
from flows.files import fsync_path, remove_leftovers
from flows.interrupts import interrupts_held
from flows.load.dictionary import apply_comments, described_schema

SNAPSHOT_TABLES = ("dim_date", "dim_country", "dim_actor", "dim_event_type", "dim_source",
                   "fact_support_daily", "fact_volume_daily", "batch_ledger", "tracked_state",
                   # with batch_ledger, what `allywatch status` reads when a run holds the warehouse
                   "source_watermark", "fetch_log")
MART_VIEWS = ("mart_support_monthly", "mart_support_index", "mart_support_trend", "mart_shift_alerts",
              "mart_appeals", "mart_pledge_delivery", "mart_pressure", "mart_events_distinct")
# The oldest DuckDB storage format the snapshot is written in, so that BI drivers bundling DuckDB 1.1 or
# later open it (tests/integration/test_bi_access.py opens it with duckdb 1.1.3).
STORAGE_VERSION = "v1.1.0"


def publish_snapshot(con: duckdb.DuckDBPyConnection, snapshot: Path, event_window_days: int) -> Path:
    """Copy dimensions, daily facts, marts (as tables) and recent fact_event rows to `snapshot`, with the
    data dictionary's comments, in the storage format of STORAGE_VERSION."""
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(snapshot)
    tmp = snapshot.with_name(f".{snapshot.name}.{os.getpid()}.tmp")
    con.execute(f"attach {sql_literal(tmp.resolve())} as snap (storage_version {sql_literal(STORAGE_VERSION)})")
    try:
        # Table names come from the constants above, never from input.
        for table in SNAPSHOT_TABLES:
            con.execute(f"create table snap.{table} as select * from main.{table}")
        crash_point("snapshot.mid_copy")
        for table in MART_VIEWS:
            con.execute(f"create table snap.{table} as select * from main.{table}")
        con.execute(f"create table snap.fact_event as {sql_text('queries/snapshot_fact_event.sql')}",
                    {"days": event_window_days})
        # The state of the warehouse this snapshot shows, so a later run can tell whether it is stale.
        con.execute("create table snap.publication as select ?::timestamp as published_at, s.* "
                    f"from ({sql_text('queries/warehouse_state.sql')}) as s", [utc_now()])
        with transaction(con):  # one commit: a commit per COMMENT statement would cost ten times as long
            apply_comments(con, "snap")
    finally:
        with interrupts_held():
            con.execute("detach snap")
    fsync_path(tmp)
    crash_point("snapshot.before_replace")
    os.replace(tmp, snapshot)
    fsync_path(snapshot.parent)
    return snapshot


def snapshot_is_current(warehouse: Path, snapshot: Path) -> bool:
    """True when the snapshot was published from the warehouse as it is now (nothing loaded, removed
    or recoded since). A snapshot without its publication record, or unreadable, is stale."""
    if not snapshot.exists():
        return False
    try:
        reader = duckdb.connect(str(snapshot), read_only=True)
        try:
            published = reader.execute("select * exclude (published_at) from publication").fetchone()
        finally:
            reader.close()
    except duckdb.Error:
        return False
    con = connect(warehouse, read_only=True)
    try:
        current = con.execute(sql_text("queries/warehouse_state.sql")).fetchone()
    finally:
        con.close()
    return published == current


def publish_parquet(con: duckdb.DuckDBPyConnection, folder: Path) -> list[Path]:
    """Each mart as <folder>/<mart>.parquet, replaced atomically (for BI drivers with older DuckDB), its
    table and column descriptions in the file's metadata (written by pyarrow: DuckDB's writer has no
    field-level metadata)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for mart in MART_VIEWS:
        target = folder / f"{mart}.parquet"
        tmp = folder / f".{mart}.{os.getpid()}.tmp.parquet"
        table = con.sql(f"select * from {mart}").to_arrow_table()
        pq.write_table(table.replace_schema_metadata().cast(described_schema(table.schema, mart)), tmp)
        os.replace(tmp, target)
        written.append(target)
    return written
