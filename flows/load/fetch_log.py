"""fetch_log: the last outcome of every fetched URL, validators for conditional GETs, retry bookkeeping."""
from __future__ import annotations

import json
from datetime import datetime

import duckdb

from flows.collect.articles import Article, FetchRecord, parse_date
from flows.db import run_sql, sql_text, utc_now


def record_fetch(con: duckdb.DuckDBPyConnection, record: FetchRecord, batch_id: str | None, max_attempts: int) -> None:
    run_sql(con, "load/fetch_log_upsert.sql", {
        "url": record.url, "kind": record.kind, "status": record.status, "http_status": record.http_status,
        "reason": record.reason, "etag": record.etag, "last_modified": record.last_modified, "now": utc_now(),
        "batch_id": batch_id, "max_attempts": max_attempts})


def feed_validators(con: duckdb.DuckDBPyConnection, url: str) -> tuple[str | None, str | None]:
    """ETag and Last-Modified of the last successful fetch of a feed, for a conditional GET."""
    row = con.execute(sql_text("load/fetch_validators.sql"), [url]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def pages_to_retry(con: duckdb.DuckDBPyConnection, tried_before: datetime) -> list[Article]:
    """Article pages whose last fetch failed (with tries left) or was put off over the per-feed cap before
    this run started, oldest first, with the title, date, language and feed their item gave."""
    pending = []
    for url, record in con.execute(sql_text("load/pages_to_retry.sql"), {"tried_before": tried_before}).fetchall():
        item = json.loads(record) if record else {}
        pending.append(Article(url=url, title=item.get("title"), text="", published=parse_date(item.get("published")),
                               language=item.get("language"), feed=item.get("feed")))
    return pending
