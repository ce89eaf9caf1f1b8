"""The marts flow: publish the BI snapshot, the Parquet marts, the HTML reports and Data Docs.

The warehouse's views are (re)created when the run prepares the warehouse; this flow reads them.
"""
from __future__ import annotations

from prefect import flow, task
from prefect.cache_policies import NONE

from flows.config import Settings
from flows.db import connection
from flows.flow_common import run_settings
from flows.marts.report import write_report
from flows.marts.snapshot import publish_parquet, publish_snapshot, snapshot_is_current
from flows.prepare import prepare_warehouse
from flows.validate.data_docs import build_data_docs
from flows.writer_lock import writer_lock


@task(name="marts-publish", cache_policy=NONE, timeout_seconds=1800)
def publish_marts(settings: Settings) -> dict[str, str]:
    with connection(settings.warehouse) as con:
        snapshot = publish_snapshot(con, settings.snapshot, settings.snapshot_event_window_days)
        publish_parquet(con, settings.parquet_dir)
        reports = [write_report(con, settings, client, settings.reports) for client in settings.clients]
        docs = build_data_docs(con, settings.data_docs)
    return {"warehouse": str(settings.warehouse), "snapshot": str(snapshot), "parquet": str(settings.parquet_dir),
            "report": str(reports[0]) if reports else "", "data_docs": str(docs)}


@flow(name="marts")
def marts(warehouse: str | None = None, config: str | None = None, only_if_stale: bool = False) -> dict[str, str]:
    """Marts, BI snapshot, Parquet marts and the HTML report.

    With only_if_stale (a run that loaded nothing), a snapshot published from the warehouse as it is
    now is left as it is: readers keep their file and nothing is rewritten for no change. A snapshot
    that is missing, or older than the warehouse (say a publish was killed after a load), is rewritten.
    """
    settings = run_settings(warehouse, config)
    if only_if_stale and snapshot_is_current(settings.warehouse, settings.snapshot):
        report = settings.reports / f"allywatch_{settings.clients[0].lower()}.html"
        return {"warehouse": str(settings.warehouse), "snapshot": str(settings.snapshot),
                "parquet": str(settings.parquet_dir), "report": str(report)}
    with writer_lock(settings.warehouse, settings.writer_wait_seconds):
        prepare_warehouse(settings)
        return publish_marts(settings)
