"""batch_ledger: one row per batch; what is loaded, what failed and how often."""
from __future__ import annotations

from datetime import datetime

import duckdb

from flows.batch import BatchResult
from flows.db import run_sql, sql_text, transaction, utc_now


def ledger_status(con: duckdb.DuckDBPyConnection, batch_ids: list[str]) -> dict[str, tuple[str, int]]:
    """Status and attempts of the given batches that the ledger already knows."""
    if not batch_ids:
        return {}
    rows = con.execute(sql_text("load/batch_ledger_status.sql"), {"batch_ids": batch_ids}).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def record_batch(con: duckdb.DuckDBPyConnection, result: BatchResult, *, item_md5: str | None,
                 item_time: datetime | None, landing_path: str | None, started_at: datetime,
                 flow_run_id: str | None) -> None:
    """Insert or replace a batch's ledger row (inside the caller's transaction)."""
    previous = _attempts(con, result.batch_id)
    failed = ",".join(f"{k}:{v}" for k, v in sorted(result.failed_expectations.items())) or None
    run_sql(con, "load/batch_ledger_record.sql", {
        "batch_id": result.batch_id, "source": result.source, "item": result.item, "item_md5": item_md5,
        "item_time": item_time, "landing_path": landing_path, "received": result.received,
        "loaded": result.loaded, "quarantined": result.quarantined, "filtered": result.filtered,
        "duplicate": result.duplicate, "events_coded": result.events_coded,
        "events_loaded": result.events_loaded, "status": result.status,
        "attempts": previous + 1 if previous is not None else 1, "error": result.error,
        "failed_expectations": failed, "started_at": started_at, "finished_at": utc_now(),
        "flow_run_id": flow_run_id})


def _attempts(con: duckdb.DuckDBPyConnection, batch_id: str) -> int | None:
    row = con.execute(sql_text("load/batch_attempts.sql"), {"batch_id": batch_id}).fetchone()
    return row[0] if row else None


def record_failure(con: duckdb.DuckDBPyConnection, result: BatchResult, max_attempts: int, *,
                   item_md5: str | None, item_time: datetime | None, started_at: datetime,
                   flow_run_id: str | None) -> None:
    """A batch that could not be fetched or loaded: failed, or gave_up after max_attempts tries.

    The attempts are read in the same transaction as the row is written, and a failure rolls it back,
    so the connection is left usable for the next batch.
    """
    with transaction(con):
        previous = _attempts(con, result.batch_id)
        if previous is not None and previous + 1 >= max_attempts:
            result.status = "gave_up"
        record_batch(con, result, item_md5=item_md5, item_time=item_time, landing_path=None,
                     started_at=started_at, flow_run_id=flow_run_id)
