"""The news flow: collect feeds, DOC API calls and input files, code their new articles, load each batch.

Sources are taken a window at a time. For each window one task collects the batches (network, plus the
reads a conditional GET and page skipping need), the text coder reads the new articles, and one task
loads the batches, one transaction each, in source order. Coding needs no warehouse: with
`--workers N` / `dask_scheduler` it runs as chunked tasks on Dask workers while the flow waits; without
fan-out the load codes each accepted article itself, as before. Either way the warehouse is the same.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.runtime import task_run

from flows import UserError
from flows.batch import SETTLED, BatchResult
from flows.collect.articles import FeedError, FetchRecord, NewsBatch, batch_from_input_file, input_files
from flows.collect.http import make_client, retry_policy
from flows.collect.news_sources import NewsCollector
from flows.collect.pages import PageFetcher
from flows.collect.pinned import AddressGuard
from flows.config import Settings
from flows.db import connection, sql_text, utc_now
from flows.fanout import chunks, task_runner
from flows.flow_common import publish_batches_artifact, quiet_thread_timeout_notice, run_id, run_settings
from flows.load.fetch_log import feed_validators, pages_to_retry, record_fetch
from flows.load.ledger import ledger_status, record_failure
from flows.load.text_load import code_requests, load_news_batch
from flows.marts_flow import marts
from flows.normalize.code_request import Coded, CodeRequest
from flows.normalize.coder import CodedEvent, code_text
from flows.prepare import prepare_warehouse
from flows.writer_lock import writer_lock

quiet_thread_timeout_notice()

SOURCES_PER_WINDOW = 16  # a window's batches wait in memory between collection and load
ARTICLES_PER_CODE_TASK = 200  # articles per task: large next to a task's cost, small next to a window


@dataclass(frozen=True)
class NewsSource:
    """One source of a run: a feed (URL or file), a DOC API query, an input file, or the page retries."""
    kind: str        # rss, doc_api, file, page_retries
    item: str
    run_started: datetime | None = None  # page retries: pages that failed before this run


Collected = NewsBatch | FetchRecord | BatchResult  # a batch, a 304 to record, or a source that failed


def news_sources(feeds: list[str], doc_queries: list[str], inputs: list[str], started: datetime) -> list[NewsSource]:
    sources = [NewsSource("rss", f) for f in feeds] + [NewsSource("doc_api", q) for q in doc_queries]
    for path in inputs:
        sources += [NewsSource("file", str(p)) for p in input_files(Path(path))]
    if feeds or doc_queries:  # pages that failed before get another try when we are online anyway
        sources.append(NewsSource("page_retries", "page retries", started))
    return sources


def _collector(settings: Settings) -> NewsCollector:
    client = make_client(settings.http_timeout_seconds, settings.source_tokens)
    # Pages come from any link in a feed: their client connects only to addresses it checked.
    page_client = make_client(settings.http_timeout_seconds, settings.source_tokens,
                              address_guard=AddressGuard(settings.allow_private_addresses))
    pages = PageFetcher(page_client, retry_policy(settings), settings.landing, settings.max_page_bytes,
                        settings.politeness_seconds, settings.respect_robots, settings.allow_private_addresses)
    return NewsCollector(client, retry_policy(settings), settings.landing, settings.max_body_bytes, pages,
                         settings.min_feed_text_chars, settings.doc_api_url, settings.doc_api_min_interval_seconds,
                         settings.max_page_fetches_per_feed)


def _make(source: NewsSource, collector: NewsCollector, con: Any, settings: Settings, seen: set[str]
          ) -> NewsBatch | FetchRecord | None:
    """The batch of one source. A page is skipped when its article is stored or came earlier in the window."""
    def known(url: str) -> bool:
        return url in seen or con.execute(sql_text("queries/article_stored.sql"), [url]
                                          ).fetchone() is not None

    if source.kind == "rss":
        made = collector.feed_batch(source.item, *feed_validators(con, source.item))
        if isinstance(made, NewsBatch) and _settled(con, made):
            return None  # the same bytes as a settled batch (a feed without validators): its pages are not wanted
        return made if not isinstance(made, NewsBatch) or not made.fetches else collector.complete(made, known)
    if source.kind == "doc_api":
        return collector.complete(collector.doc_api_batch(source.item, settings.doc_api_timespan), known)
    if source.kind == "file":
        return batch_from_input_file(Path(source.item), settings.landing)
    return collector.retry_pages(pages_to_retry(con, source.run_started or utc_now()), known)


def _settled(con: Any, batch: NewsBatch) -> bool:
    """The ledger holds the batch as loaded, rejected or gave_up: the same rule as for GDELT files."""
    return ledger_status(con, [batch.batch_id]).get(batch.batch_id, ("", 0))[0] in SETTLED


def _failed(source: NewsSource, error: str) -> BatchResult:
    return BatchResult(f"{source.kind}:{source.item}", source.kind, source.item, "failed", error=error)


def _items_run_name(prefix: str, items: list[str], noun: str) -> str:
    """prefix-first..last (n noun), with file names for paths."""
    if not items:
        return f"{prefix}-empty"
    names = [Path(i).name or i for i in items]
    return f"{prefix}-{names[0]}" + (f"..{names[-1]} ({len(names)} {noun})" if len(names) > 1 else "")


def _collect_run_name() -> str:
    return _items_run_name("news-collect", [s.item for s in task_run.parameters.get("sources") or []], "sources")


@task(name="news-collect", cache_policy=NONE, timeout_seconds=3600, task_run_name=_collect_run_name)
def collect_news(settings: Settings, sources: list[NewsSource]) -> list[Collected]:
    """Fetch and parse each source; one that fails is returned as a failed result, never stops the others."""
    collector = _collector(settings)
    collected: list[Collected] = []
    seen: set[str] = set()
    with connection(settings.warehouse) as con:
        for source in sources:
            try:
                made = _make(source, collector, con, settings, seen)
            except FeedError as exc:
                collected.append(_failed(source, str(exc)))
                continue
            except UserError:
                raise  # a mistake in the command (a feed file that does not exist): the run stops with one line
            except Exception as exc:  # a fault no check foresaw: this source fails, the others still load
                get_run_logger().exception("reading %s %s failed", source.kind, source.item)
                collected.append(_failed(source, f"unexpected {type(exc).__name__} reading {source.item}: "
                                                 f"{str(exc).splitlines()[0] if str(exc) else ''}"))
                continue
            if isinstance(made, NewsBatch):
                seen.update(a.canonical_url for a in made.articles)
            if made is not None:
                collected.append(made)
    return collected


def _code_run_name() -> str:
    return f"news-code-{len(task_run.parameters.get('requests') or [])}-articles"


# The timeout cannot interrupt a worker thread; it fails a chunk that overran once it returns, and the
# load then codes those articles itself (see _code_ahead).
@task(name="news-code", cache_policy=NONE, timeout_seconds=1800, task_run_name=_code_run_name)
def code_news(requests: list[CodeRequest]) -> list[list[CodedEvent]]:
    return [code_text(r.text, on=r.published, language=r.language) for r in requests]


def _load_run_name() -> str:
    collected = task_run.parameters.get("collected") or []
    return _items_run_name("news-load", [m.url if isinstance(m, FetchRecord) else m.item for m in collected], "items")


@task(name="news-load", cache_policy=NONE, timeout_seconds=3600, task_run_name=_load_run_name)
def load_news(settings: Settings, collected: list[Collected], coded: Coded | None = None) -> list[BatchResult]:
    """Each batch in its own transaction, in source order; fetches and failures are recorded here too."""
    results = []
    with connection(settings.warehouse) as con:
        for made in collected:
            if isinstance(made, BatchResult):
                record_failure(con, made, settings.max_attempts, item_md5=None, item_time=None,
                               started_at=utc_now(), flow_run_id=run_id())
                results.append(made)
            elif isinstance(made, FetchRecord):  # 304: the feed has not changed since the last fetch
                record_fetch(con, made, None, settings.max_attempts)
            elif not _settled(con, made):
                results.append(load_news_batch(con, made, settings, run_id(), coded))
    return results


def _windows(sources: list[NewsSource]) -> Iterator[list[NewsSource]]:
    for start in range(0, len(sources), SOURCES_PER_WINDOW):
        yield sources[start:start + SOURCES_PER_WINDOW]


def _new_requests(settings: Settings, collected: list[Collected]) -> list[CodeRequest]:
    """What the coder must read: the distinct texts of articles the warehouse does not hold yet."""
    batches = [m for m in collected if isinstance(m, NewsBatch)]
    with connection(settings.warehouse) as con:
        return code_requests(con, [a for b in batches for a in b.articles])


def _code_ahead(settings: Settings, collected: list[Collected]) -> Coded:
    """The window's new articles coded in chunks on the task runner. A chunk whose task failed (say its
    worker died) is left out: the load then codes those articles itself, so the run still loads."""
    requests = _new_requests(settings, collected)
    parts = chunks(requests, max(1, -(-len(requests) // ARTICLES_PER_CODE_TASK)))
    coded: Coded = {}
    for part, future in zip(parts, code_news.map(requests=parts) if parts else [], strict=True):
        try:
            coded.update(zip(part, future.result(), strict=True))
        except Exception as error:
            get_run_logger().warning("coding %d articles on a worker failed (%s); the load codes them",
                                     len(part), str(error).splitlines()[0] if str(error) else type(error).__name__)
    return coded


def _collect_code_load(settings: Settings, sources: list[NewsSource], fan_out: bool) -> list[BatchResult]:
    results: list[BatchResult] = []
    for window in _windows(sources):
        collected = collect_news(settings, window)
        results += load_news(settings, collected, _code_ahead(settings, collected) if fan_out else None)
    return results


@flow(name="news-code-fanout")
def news_fanout(settings: Settings, sources: list[NewsSource]) -> list[BatchResult]:
    """_collect_code_load with the coding on the flow's Dask task runner."""
    return _collect_code_load(settings, sources, fan_out=True)


def _publish_if_loaded(publish: bool, results: list[dict], warehouse: str | None, config: str | None) -> None:
    if publish and any(r["status"] == "loaded" for r in results):
        marts(warehouse, config)  # inside the caller's writer lock (re-entrant): the snapshot matches the load


@flow(name="news")
def news(warehouse: str | None = None, config: str | None = None, feeds: list[str] | None = None,
         inputs: list[str] | None = None, doc_queries: list[str] | None = None, publish: bool = False,
         workers: int | None = None) -> list[dict]:
    """Feeds, DOC API queries and local files into articles and coded text events.

    Given no sources at all (a scheduled run), it reads the `feeds` and `doc_queries` of the config.
    With publish, a run that loaded something ends with the marts flow.
    """
    settings = run_settings(warehouse, config, workers=workers)
    if feeds is None and inputs is None and doc_queries is None:
        feeds, doc_queries = list(settings.feeds), list(settings.doc_queries)
        if not feeds and not doc_queries:
            get_run_logger().warning("no news sources: set feeds or doc_queries in the config")
    with writer_lock(settings.warehouse, settings.writer_wait_seconds):
        prepare_warehouse(settings)
        sources = news_sources(feeds or [], doc_queries or [], inputs or [], utc_now())
        runner = task_runner(settings.workers, settings.dask_scheduler or None) if sources else None
        if runner is None:
            results = _collect_code_load(settings, sources, fan_out=False)
        else:
            results = news_fanout.with_options(task_runner=runner)(settings, sources)
        publish_batches_artifact("news", results)
        batches = [asdict(r) for r in results]
        _publish_if_loaded(publish, batches, warehouse, config)
    return batches


__all__ = ["NewsSource", "code_news", "collect_news", "load_news", "news", "news_sources"]
