"""fetch_log: the last outcome of every fetched URL, validators for conditional GETs, retry bookkeeping."""
from __future__ import annotations

from datetime import datetime

import duckdb

from flows.collect.articles import FetchRecord
from flows.load.ledger import utc_now
from flows.load.warehouse import run_sql


def record_fetch(con: duckdb.DuckDBPyConnection, record: FetchRecord, batch_id: str | None, max_attempts: int) -> None:
    run_sql(con, "load/fetch_log_upsert.sql", {
        "url": record.url, "kind": record.kind, "status": record.status, "http_status": record.http_status,
        "reason": record.reason, "etag": record.etag, "last_modified": record.last_modified, "now": utc_now(),
        "batch_id": batch_id, "max_attempts": max_attempts})


def feed_validators(con: duckdb.DuckDBPyConnection, url: str) -> tuple[str | None, str | None]:
    """ETag and Last-Modified of the last successful fetch of a feed, for a conditional GET."""
    row = con.execute("select etag, last_modified from fetch_log where url = ?", [url]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def pages_to_retry(con: duckdb.DuckDBPyConnection, tried_before: datetime) -> list[str]:
    """Article pages whose last fetch failed before this run started and that have tries left."""
    return [r[0] for r in con.execute(
        "select url from fetch_log where kind = 'page' and status = 'failed' and last_attempt_at < ? order by url",
        [tried_before]).fetchall()]
