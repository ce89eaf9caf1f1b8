"""batch_ledger: one row per batch; what is loaded, what failed and how often."""
from __future__ import annotations

from datetime import datetime

import duckdb

from flows.batch import BatchResult
from flows.db import transaction, utc_now


def ledger_status(con: duckdb.DuckDBPyConnection, batch_ids: list[str]) -> dict[str, tuple[str, int]]:
    """Status and attempts of the given batches that the ledger already knows."""
    if not batch_ids:
        return {}
    rows = con.execute(
        "select batch_id, status, attempts from batch_ledger where batch_id in (select unnest(?))",
        [batch_ids],
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def record_batch(con: duckdb.DuckDBPyConnection, result: BatchResult, *, item_md5: str | None,
                 item_time: datetime | None, landing_path: str | None, started_at: datetime,
                 flow_run_id: str | None) -> None:
    """Insert or replace a batch's ledger row (inside the caller's transaction)."""
    previous = con.execute("select attempts from batch_ledger where batch_id = ?",
                           [result.batch_id]).fetchone()
    attempts = (previous[0] + 1) if previous else 1
    con.execute("delete from batch_ledger where batch_id = ?", [result.batch_id])
    failed = ",".join(f"{k}:{v}" for k, v in sorted(result.failed_expectations.items())) or None
    con.execute(
        "insert into batch_ledger values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [result.batch_id, result.source, result.item, item_md5, item_time, landing_path,
         result.received, result.loaded, result.quarantined, result.filtered, result.duplicate,
         result.events_coded, result.events_loaded, result.status, attempts, result.error, failed,
         started_at, utc_now(), flow_run_id],
    )


def record_failure(con: duckdb.DuckDBPyConnection, result: BatchResult, max_attempts: int, *,
                   item_md5: str | None, item_time: datetime | None, started_at: datetime,
                   flow_run_id: str | None) -> None:
    """A batch that could not be fetched or loaded: failed, or gave_up after max_attempts tries.

    The attempts are read in the same transaction as the row is written, and a failure rolls it back,
    so the connection is left usable for the next batch.
    """
    with transaction(con):
        previous = con.execute("select attempts from batch_ledger where batch_id = ?",
                               [result.batch_id]).fetchone()
        if previous and previous[0] + 1 >= max_attempts:
            result.status = "gave_up"
        record_batch(con, result, item_md5=item_md5, item_time=item_time, landing_path=None,
                     started_at=started_at, flow_run_id=flow_run_id)
