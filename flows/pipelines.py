"""The Prefect flows marts and pipeline (gdelt_events, news and marts in order); gdelt_events lives in
flows/gdelt_flow.py and news in flows/news_flow.py, both exported here too, so callers import every
flow from one place.

Tasks are thin wrappers over stage functions; each groups many files or articles so what a task run
costs in Prefect stays small next to the work. Connections never cross a task boundary.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NONE

from flows import SAMPLE_DIR
from flows.config import Settings
from flows.flow_common import run_settings
from flows.gdelt_flow import fetch_gdelt, gdelt_events, load_gdelt, plan_gdelt, stage_gdelt
from flows.load.warehouse import open_warehouse
from flows.load.writer_lock import writer_lock
from flows.marts.report import write_report
from flows.marts.snapshot import publish_parquet, publish_snapshot, snapshot_is_current
from flows.news_flow import news
from flows.validate.data_docs import build_data_docs

__all__ = ["fetch_gdelt", "gdelt_events", "load_gdelt", "marts", "news", "pipeline", "plan_gdelt", "stage_gdelt"]

SAMPLE_GDELT_DIR = SAMPLE_DIR / "gdelt"
SAMPLE_FEEDS = sorted((SAMPLE_DIR / "feeds").glob("*.xml"))


@task(name="marts-publish", cache_policy=NONE, timeout_seconds=1800)
def publish_marts(settings: Settings) -> dict[str, str]:
    with open_warehouse(settings) as con:
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
        return publish_marts(settings)


@flow(name="pipeline")
def pipeline(warehouse: str | None = None, config: str | None = None, source_dir: str | None = None,
             base_url: str | None = None, since: datetime | None = None, until: datetime | None = None,
             feeds: list[str] | None = None, inputs: list[str] | None = None) -> dict[str, Any]:
    """gdelt_events, news and marts once, in order (what `allywatch run` does).

    With no source given it loads the bundled offline sample: a local GDELT mirror as an explicit
    backfill of all its files, and the sample RSS/Atom feeds.
    """
    settings = run_settings(warehouse, config)
    with writer_lock(settings.warehouse, settings.writer_wait_seconds):
        return _pipeline(warehouse, config, source_dir, base_url, since, until, feeds, inputs)


def _pipeline(warehouse: str | None, config: str | None, source_dir: str | None, base_url: str | None,
              since: datetime | None, until: datetime | None, feeds: list[str] | None, inputs: list[str] | None
              ) -> dict[str, Any]:
    use_sample = not (source_dir or base_url or feeds or inputs)
    if use_sample:
        source_dir, feeds = str(SAMPLE_GDELT_DIR), [str(p) for p in SAMPLE_FEEDS]
        since = since or datetime(1979, 1, 1)
    batches = []
    if source_dir or base_url:
        batches += gdelt_events(warehouse, config, source_dir=source_dir, base_url=base_url, since=since,
                                until=until)
    if feeds or inputs:
        batches += news(warehouse, config, feeds=feeds, inputs=inputs)
    loaded_something = any(b["status"] == "loaded" for b in batches)
    paths = marts(warehouse, config, only_if_stale=not loaded_something)
    return {"batches": batches, "paths": paths, "sample": use_sample}
