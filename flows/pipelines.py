"""The Prefect flows news, marts and pipeline (all three in order); gdelt_events lives in
flows/gdelt_flow.py and is exported here too, so callers import every flow from one place.

Tasks are thin wrappers over stage functions; each groups many files or articles so the ~0.25 s a
task costs stays small next to the work. Connections never cross a task boundary.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

from flows import SAMPLE_DIR
from flows.collect.articles import FeedError, FetchRecord, NewsBatch, batch_from_input_file, input_files
from flows.collect.http import make_client
from flows.collect.news_sources import NewsCollector
from flows.collect.pages import PageFetcher
from flows.config import Settings
from flows.flow_common import publish_batches_artifact, run_id, run_settings
from flows.gdelt_flow import fetch_gdelt, gdelt_events, load_gdelt, plan_gdelt, stage_gdelt
from flows.load.fetch_log import feed_validators, pages_to_retry, record_fetch
from flows.load.ledger import BatchResult, ledger_status, record_failure, utc_now
from flows.load.text_load import load_news_batch
from flows.load.warehouse import open_warehouse
from flows.load.writer_lock import writer_lock
from flows.marts.report import write_report
from flows.marts.snapshot import publish_parquet, publish_snapshot, snapshot_is_current
from flows.validate.data_docs import build_data_docs

__all__ = ["fetch_gdelt", "gdelt_events", "load_gdelt", "marts", "news", "pipeline", "plan_gdelt", "stage_gdelt"]

SAMPLE_GDELT_DIR = SAMPLE_DIR / "gdelt"
SAMPLE_FEEDS = sorted((SAMPLE_DIR / "feeds").glob("*.xml"))


def _collector(settings: Settings) -> NewsCollector:
    client = make_client(settings.http_timeout_seconds, settings.source_tokens)
    pages = PageFetcher(client, settings.retry_policy, settings.landing, settings.max_page_bytes,
                        settings.politeness_seconds, settings.respect_robots, settings.allow_private_addresses)
    return NewsCollector(client, settings.retry_policy, settings.landing, settings.max_body_bytes, pages,
                         settings.min_feed_text_chars, settings.doc_api_url, settings.doc_api_min_interval_seconds)


def _news_sources(collector: NewsCollector, con: Any, feeds: list[str], doc_queries: list[str], inputs: list[str],
                  settings: Settings) -> list[tuple[str, str, Callable[[], Any]]]:
    """(kind, item, make) per source; make() returns a NewsBatch, or a FetchRecord when nothing changed."""
    def known(url: str) -> bool:
        return con.execute("select 1 from stg_article where canonical_url = ?", [url]).fetchone() is not None

    def feed(location: str) -> Any:
        made = collector.feed_batch(location, *feed_validators(con, location))
        return made if not isinstance(made, NewsBatch) or not made.fetches else collector.complete(made, known)

    sources: list[tuple[str, str, Callable[[], Any]]] = [("rss", f, lambda f=f: feed(f)) for f in feeds]
    sources += [("doc_api", q, lambda q=q: collector.complete(collector.doc_api_batch(q, settings.doc_api_timespan),
                                                               known)) for q in doc_queries]
    for path in inputs:
        sources += [("file", str(p), lambda p=p: batch_from_input_file(p, settings.landing))
                    for p in input_files(Path(path))]
    if feeds or doc_queries:  # pages that failed before get another try when we are online anyway
        started = utc_now()
        sources.append(("rss", "page retries", lambda: collector.retry_pages(pages_to_retry(con, started))))
    return sources


def _publish_if_loaded(publish: bool, results: list[dict], warehouse: str | None, config: str | None) -> None:
    if publish and any(r["status"] == "loaded" for r in results):
        marts(warehouse, config)  # inside the caller's writer lock (re-entrant): the snapshot matches the load


@task(name="news-load", cache_policy=NONE, timeout_seconds=3600)
def load_news_sources(settings: Settings, feeds: list[str], inputs: list[str], doc_queries: list[str]
                      ) -> list[BatchResult]:
    """Each feed fetch, DOC API call and input file is one batch; a failing one never stops the others."""
    collector = _collector(settings)
    results = []
    with open_warehouse(settings) as con:
        for kind, item, make in _news_sources(collector, con, feeds, doc_queries, inputs, settings):
            try:
                made = make()
            except FeedError as exc:
                failure = BatchResult(f"{kind}:{item}", kind, item, "failed", error=str(exc))
                record_failure(con, failure, settings.max_attempts, item_md5=None, item_time=None,
                               started_at=utc_now(), flow_run_id=run_id())
                results.append(failure)
                continue
            if made is None:
                continue
            if isinstance(made, FetchRecord):  # 304: the feed has not changed since the last fetch
                record_fetch(con, made, None, settings.max_attempts)
                continue
            if ledger_status(con, [made.batch_id]).get(made.batch_id, ("", 0))[0] == "loaded":
                continue
            results.append(load_news_batch(con, made, settings, run_id()))
    return results


@flow(name="news")
def news(warehouse: str | None = None, config: str | None = None, feeds: list[str] | None = None,
         inputs: list[str] | None = None, doc_queries: list[str] | None = None, publish: bool = False
         ) -> list[dict]:
    """Feeds, DOC API queries and local files into articles and coded text events.

    Given no sources at all (a scheduled run), it reads the `feeds` and `doc_queries` of the config.
    With publish, a run that loaded something ends with the marts flow.
    """
    settings = run_settings(warehouse, config)
    if feeds is None and inputs is None and doc_queries is None:
        feeds, doc_queries = list(settings.feeds), list(settings.doc_queries)
        if not feeds and not doc_queries:
            get_run_logger().warning("no news sources: set feeds or doc_queries in the config")
    with writer_lock(settings.warehouse, settings.writer_wait_seconds):
        results = load_news_sources(settings, feeds or [], inputs or [], doc_queries or [])
        publish_batches_artifact("news", results)
        batches = [asdict(r) for r in results]
        _publish_if_loaded(publish, batches, warehouse, config)
    return batches


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
