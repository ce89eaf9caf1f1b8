"""The Prefect flows: gdelt_events, news, marts and pipeline (all three in order).

Tasks are thin wrappers over stage functions; each groups many files or articles so the ~0.25 s a
task costs stays small next to the work. Connections and DataFrames never cross a task boundary.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.runtime import flow_run, task_run
from prefect.tasks import exponential_backoff

from flows import SAMPLE_DIR, UserError
from flows.collect.articles import FeedError, FetchRecord, NewsBatch, batch_from_input_file, input_files
from flows.collect.gdelt import GdeltSource, ListedFile, fetch_to_landing, list_names, parse_file_list, plan_files
from flows.collect.http import FetchError, make_client
from flows.collect.news_sources import NewsCollector
from flows.collect.pages import PageFetcher
from flows.config import Settings, load_settings
from flows.console import progress_bar
from flows.crashpoints import crash_point
from flows.fanout import chunks, task_runner
from flows.load.fetch_log import feed_validators, pages_to_retry, record_fetch
from flows.load.gdelt_load import LandedFile, load_group
from flows.load.ledger import BatchResult, ledger_status, record_failure, utc_now
from flows.load.text_load import load_news_batch
from flows.load.warehouse import open_warehouse, run_sql, sql_text
from flows.load.writer_lock import writer_lock
from flows.marts.report import write_report
from flows.marts.snapshot import publish_parquet, publish_snapshot, snapshot_is_current
from flows.validate.data_docs import build_data_docs

SAMPLE_GDELT_DIR = SAMPLE_DIR / "gdelt"
SAMPLE_FEEDS = sorted((SAMPLE_DIR / "feeds").glob("*.xml"))
NETWORK_RETRY = {"retries": 3, "retry_delay_seconds": exponential_backoff(backoff_factor=2),
                 "retry_jitter_factor": 0.5}


def _settings(warehouse: str | None, config: str | None, **overrides: Any) -> Settings:
    settings = load_settings(Path(config) if config else None, Path(warehouse) if warehouse else None)
    clean = {k: v for k, v in overrides.items() if v is not None}
    return settings.__class__(**{**settings.__dict__, **clean}) if clean else settings


def _run_id() -> str | None:
    return str(flow_run.id) if flow_run.id else None


def _transient(exc: BaseException | None) -> bool:
    """True when a fetch error that gave up on 429/5xx/connection problems sits in the exception's chain.

    Collectors turn an unreadable GDELT list into a UserError (`from None`), which still keeps the fetch
    error as its context: an outage is worth another task try, a wrong URL (404) is not.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, FetchError) and exc.transient:
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _retry_unless_user_error(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect retries network tasks, but a user mistake (a wrong URL or path) fails at once."""
    try:
        state.result()
    except UserError as exc:
        return _transient(exc)
    except Exception:
        return True
    return True


NETWORK_RETRY["retry_condition_fn"] = _retry_unless_user_error


def _client(settings: Settings, source: GdeltSource) -> httpx.Client | None:
    return None if source.source_dir else make_client(settings.http_timeout_seconds, settings.source_tokens)


@task(name="gdelt-plan", cache_policy=NONE, timeout_seconds=600, **NETWORK_RETRY)
def plan_gdelt(settings: Settings, source: GdeltSource, since: datetime | None, until: datetime | None,
               max_files: int | None) -> list[ListedFile]:
    """Pending files from the lists (lastupdate on a first run without a range, else masterfilelist)."""
    with open_warehouse(settings) as con:
        statuses = dict(con.execute(sql_text("load/gdelt_ledger_status.sql")).fetchall())
        newest = con.execute(sql_text("load/gdelt_newest_loaded.sql")).fetchone()[0]
    newest_only = since is None and until is None and newest is None
    client = _client(settings, source)
    pending: list[ListedFile] = []
    newest_seen: datetime | None = None
    for name in list_names(newest_only, settings.translated):  # each stream is planned on its own
        listed = parse_file_list(source.read_list(name, client, settings.retry_policy), f"{source.describe()} {name}")
        pending += plan_files(listed, statuses, newest, since, until, None)
        if listed:
            newest_seen = max(newest_seen or listed[-1].published, listed[-1].published)
    if newest_seen is not None:
        with open_warehouse(settings) as con:
            run_sql(con, "load/source_watermark_record.sql",
                    {"source": "gdelt", "newest_seen": newest_seen, "now": utc_now()})
    pending.sort(key=lambda f: f.published)
    return pending[:max_files] if max_files else pending


def _fetch_run_name() -> str:
    files = task_run.parameters.get("files") or []
    return f"gdelt-fetch-{files[0].name}..{files[-1].name} ({len(files)} files)" if files else "gdelt-fetch-empty"


@task(name="gdelt-fetch", cache_policy=NONE, timeout_seconds=3600, task_run_name=_fetch_run_name)
def fetch_gdelt(settings: Settings, source: GdeltSource, files: list[ListedFile]
                ) -> tuple[list[LandedFile], list[tuple[ListedFile, BatchResult]]]:
    """Fetch and verify files into landing/; a file that fails (after retries) is returned as failed.

    It never opens the warehouse, so it can run on a Dask worker while the writer works.
    """
    client = _client(settings, source)
    landed, failed = [], []
    with progress_bar(len(files), "fetching GDELT files") as advance:
        for listed in files:
            try:
                path = fetch_to_landing(listed, source, settings.landing, client, settings.max_body_bytes,
                                        settings.retry_policy)
                landed.append(LandedFile(listed, path))
            except FetchError as exc:
                failed.append((listed, BatchResult(listed.batch_id, "gdelt", listed.name, "failed",
                                                   error=str(exc))))
            advance(1)
    return landed, failed


@flow(name="gdelt-fetch-fanout")
def fetch_fanout(settings: Settings, source: GdeltSource, files: list[ListedFile]
                 ) -> tuple[list[LandedFile], list[tuple[ListedFile, BatchResult]]]:
    """The fetch split into runs of consecutive files, one task each, on the flow's (Dask) task runner."""
    parts = chunks(files, 2 * (settings.workers or 4))
    futures = fetch_gdelt.map(settings=unmapped(settings), source=unmapped(source), files=parts)
    landed: list[LandedFile] = []
    failed: list[tuple[ListedFile, BatchResult]] = []
    for future in futures:
        part_landed, part_failed = future.result()
        landed += part_landed
        failed += part_failed
    return landed, failed


def _fetch(settings: Settings, source: GdeltSource, files: list[ListedFile]
           ) -> tuple[list[LandedFile], list[BatchResult]]:
    """Fetch here, or fanned out to Dask workers; failures are recorded by this (the writer's) process."""
    runner = task_runner(settings.workers, settings.dask_scheduler or None) if files else None
    if runner is None:
        landed, failed = fetch_gdelt(settings, source, files)
    else:
        landed, failed = fetch_fanout.with_options(task_runner=runner)(settings, source, files)
    if failed:
        with open_warehouse(settings) as con:
            for listed, result in failed:
                record_failure(con, result, settings.max_attempts, item_md5=listed.md5,
                               item_time=listed.published, started_at=utc_now(), flow_run_id=_run_id())
    return sorted(landed, key=lambda f: f.listed.published), [result for _, result in failed]


def _group_run_name() -> str:
    landed = task_run.parameters.get("landed") or []
    if not landed:
        return "gdelt-load-empty"
    return f"gdelt-load-{landed[0].listed.name}..{landed[-1].listed.name} ({len(landed)} files)"


@task(name="gdelt-load", cache_policy=NONE, timeout_seconds=3600, task_run_name=_group_run_name)
def load_gdelt(settings: Settings, landed: list[LandedFile]) -> list[BatchResult]:
    """Load a group in one transaction; if it fails, load its files one by one to isolate the bad one."""
    with open_warehouse(settings) as con:
        try:
            return load_group(con, landed, settings, _run_id())
        except Exception as group_error:  # isolate the bad file, then record it on its own ledger row
            if len(landed) == 1:
                result = BatchResult(landed[0].listed.batch_id, "gdelt", landed[0].listed.name, "failed",
                                     error=str(group_error).splitlines()[0])
                record_failure(con, result, settings.max_attempts, item_md5=landed[0].listed.md5,
                               item_time=landed[0].listed.published, started_at=utc_now(),
                               flow_run_id=_run_id())
                return [result]
    results: list[BatchResult] = []
    for single in landed:
        results += load_gdelt.fn(settings, [single])
    return results


def _groups(items: list[LandedFile], size: int) -> list[list[LandedFile]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _gdelt_run_name() -> str:
    params = flow_run.parameters
    source = params.get("source_dir") or params.get("base_url") or "configured source"
    return f"gdelt_events-{Path(str(source)).name or source}"


@flow(name="gdelt_events", flow_run_name=_gdelt_run_name)
def gdelt_events(warehouse: str | None = None, config: str | None = None, source_dir: str | None = None,
                 base_url: str | None = None, since: datetime | None = None, until: datetime | None = None,
                 scope: str | None = None, max_files: int | None = None, translated: bool | None = None,
                 publish: bool = False, workers: int | None = None) -> list[dict]:
    """Pending GDELT 2.0 export files (or a backfill range) into the warehouse.

    With publish (what the served deployment sets), a run that loaded something ends with the marts flow,
    so BI readers see new data without waiting for the daily marts run.
    """
    settings = _settings(warehouse, config, scope=scope, translated=translated, workers=workers)
    with writer_lock(settings.warehouse, settings.writer_wait_seconds):
        results = _gdelt_events(settings, source_dir, base_url, since, until, max_files)
        _publish_if_loaded(publish, results, warehouse, config)
    return results


def _publish_if_loaded(publish: bool, results: list[dict], warehouse: str | None, config: str | None) -> None:
    if publish and any(r["status"] == "loaded" for r in results):
        marts(warehouse, config)  # inside the caller's writer lock (re-entrant): the snapshot matches the load


def _gdelt_events(settings: Settings, source_dir: str | None, base_url: str | None, since: datetime | None,
                  until: datetime | None, max_files: int | None) -> list[dict]:
    source = GdeltSource(source_dir=Path(source_dir) if source_dir else None,
                         base_url=None if source_dir else (base_url or settings.gdelt_base_url))
    files = plan_gdelt(settings, source, since, until, max_files)
    get_run_logger().info("%d GDELT export files pending from %s", len(files), source.describe())
    landed, failed = _fetch(settings, source, files)
    results = list(failed)
    with progress_bar(len(landed), "loading GDELT files") as advance:
        for group in _groups(landed, settings.files_per_transaction):
            results += load_gdelt(settings, group)
            crash_point("gdelt_events.after_group_commit")
            advance(len(group), f"{sum(r.received for r in results):,} rows")
    _publish_batches_artifact("gdelt", results)
    return [asdict(r) for r in results]


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
                               started_at=utc_now(), flow_run_id=_run_id())
                results.append(failure)
                continue
            if made is None:
                continue
            if isinstance(made, FetchRecord):  # 304: the feed has not changed since the last fetch
                record_fetch(con, made, None, settings.max_attempts)
                continue
            if ledger_status(con, [made.batch_id]).get(made.batch_id, ("", 0))[0] == "loaded":
                continue
            results.append(load_news_batch(con, made, settings, _run_id()))
    return results


@flow(name="news")
def news(warehouse: str | None = None, config: str | None = None, feeds: list[str] | None = None,
         inputs: list[str] | None = None, doc_queries: list[str] | None = None, publish: bool = False
         ) -> list[dict]:
    """Feeds, DOC API queries and local files into articles and coded text events.

    Given no sources at all (a scheduled run), it reads the `feeds` and `doc_queries` of the config.
    With publish, a run that loaded something ends with the marts flow.
    """
    settings = _settings(warehouse, config)
    if feeds is None and inputs is None and doc_queries is None:
        feeds, doc_queries = list(settings.feeds), list(settings.doc_queries)
        if not feeds and not doc_queries:
            get_run_logger().warning("no news sources: set feeds or doc_queries in the config")
    with writer_lock(settings.warehouse, settings.writer_wait_seconds):
        results = load_news_sources(settings, feeds or [], inputs or [], doc_queries or [])
        _publish_batches_artifact("news", results)
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
    settings = _settings(warehouse, config)
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
    settings = _settings(warehouse, config)
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


def _publish_batches_artifact(kind: str, results: list[BatchResult]) -> None:
    if not results:
        return
    lines = ["| batch | status | received | loaded | quarantined | filtered | duplicate | failed expectations |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        failed = ", ".join(f"{k} ({v})" for k, v in sorted(r.failed_expectations.items()))
        lines.append(f"| {r.item} | {r.status} | {r.received} | {r.loaded} | {r.quarantined} | "
                     f"{r.filtered} | {r.duplicate} | {failed} |")
    create_markdown_artifact(markdown="\n".join(lines), key=f"{kind}-batches",
                             description=f"{kind} batches of this run")
