"""Load one news batch (a feed fetch or an input file): articles, then the events coded from them.

Everything of a batch happens in one transaction: stg_article rows, quarantine rows, coded events,
dimension upserts, the ledger row and the derived facts of the touched days.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import duckdb
import pandas as pd

from flows.batch import BatchResult
from flows.collect.articles import Article, NewsBatch
from flows.config import Settings
from flows.db import insert_rows, run_sql, sql_text, transaction, utc_now
from flows.load.facts import refresh_derived, upsert_actors, upsert_sources
from flows.load.fetch_log import record_fetch
from flows.load.ledger import record_batch
from flows.load.validation_log import record_outcome
from flows.normalize.code_request import Coded, CodeRequest, code_request
from flows.normalize.coder import CODER_VERSION, code_text
from flows.stage.article_triage import Candidate, Triage, triage_articles
from flows.validate.suites import run_suite


def _natural_key(con: duckdb.DuckDBPyConnection, text: str) -> int:
    return int(con.execute("select natural_key(?)", [text]).fetchone()[0])


def _quarantine(con: duckdb.DuckDBPyConnection, batch_id: str, stage: str,
                rows: list[tuple[int, dict, str, str]], now: datetime, keys: list[str] | None = None) -> None:
    """Rejected rows (row number, record, reason, expectation) of one batch and stage.

    A row's id is keyed by `keys` when given (what identifies it across runs), else by its row number;
    a row whose id is already in quarantine is not written again.
    """
    values = []
    for n, (number, record, reason, expectation) in enumerate(rows):
        key = f"{batch_id}:{stage}:{keys[n] if keys else number}"
        values.append((key, batch_id, stage, number, json.dumps(record, default=str, ensure_ascii=False),
                       reason, expectation, now, key))
    insert_rows(con, sql_text("load/quarantine_insert.sql"), values)


def _validate_articles(candidates: list[Candidate], now: datetime):
    frame = pd.DataFrame([{"row_id": c.row_id, "url": c.article.url, "text": c.article.text,
                           "language": c.article.language,
                           "published": c.article.published.isoformat() if c.article.published else None}
                          for c in candidates], columns=["row_id", "url", "text", "language", "published"])
    params = {"max_published": (now + timedelta(days=1)).strftime("%Y-%m-%d")}
    return run_suite("stg_article", frame, params)  # recorded by the caller, who knows the batch


def code_requests(con: duckdb.DuckDBPyConnection, articles: list[Article]) -> list[CodeRequest]:
    """The distinct requests of the articles whose URL and content the warehouse does not hold yet
    (the others are duplicates at triage, so coding them would be wasted)."""
    if not articles:
        return []
    frame = pd.DataFrame({"position": range(len(articles)), "url": [a.canonical_url for a in articles],
                          "content_hash": [a.content_hash for a in articles]})
    con.register("code_request_frame", frame)
    try:
        new = con.execute(sql_text("load/code_request_new.sql")).fetchall()
    finally:
        con.unregister("code_request_frame")
    return list(dict.fromkeys(code_request(articles[row[0]]) for row in new))


def code_articles(con: duckdb.DuckDBPyConnection, batch: NewsBatch, articles: list[Article],
                   coded: Coded | None = None, *, today: date) -> list[dict]:
    """Events of the articles. An event the text does not date takes the article's publication day,
    else the day the article was first stored (`today` for an article stored now), so a recode on a
    later day leaves the events of an undated article where they were."""
    rows = []
    for article in articles:
        request = code_request(article)
        events = coded.get(request) if coded else None
        if events is None:  # not coded ahead (no fan-out, or a text the window did not foresee)
            events = code_text(request.text, on=request.published, language=request.language)
        for event in events:
            event_date = event.event_date or article.published or article.first_seen or today
            target = event.target  # None for a one-sided event (a protest, an attack): stored as nulls
            natural = (f"text:{article.canonical_url}:{event.sentence_index}:{event.cameo}:"
                       f"{event.source.code}:{target.code if target else ''}:{event.negated}")
            rows.append({
                "event_key": _natural_key(con, natural), "event_date": event_date,
                "source_code": event.source.code, "source_country": event.source.country,
                "source_sector": event.source.sector, "target_code": target and target.code,
                "target_country": target and target.country, "target_sector": target and target.sector,
                "cameo": event.cameo, "goldstein": event.goldstein, "direction": event.direction,
                "support_category": event.support_category, "negated": event.negated,
                "amount_usd": event.amount_usd, "amount_original": event.amount_original,
                "amount_currency": event.amount_currency, "evidence": event.evidence, "confidence": event.confidence,
                "url": article.canonical_url, "domain": article.domain, "attention": 1,  # copies raise it later
                "coder_version": CODER_VERSION, "batch_id": batch.batch_id, "source_kind": batch.source_kind,
            })
    return rows


def load_events(con: duckdb.DuckDBPyConnection, batch: NewsBatch, events: list[dict], now: datetime,
                 today: date) -> tuple[int, dict[str, int]]:
    """Validate and insert coded events; failing events go to quarantine (stage text_event)."""
    frame = pd.DataFrame(events)
    if frame.empty:
        return 0, {}
    frame.insert(0, "row_id", range(1, len(frame) + 1))
    check = frame.copy()
    check["event_date"] = check["event_date"].astype("string")
    max_date = (now + timedelta(days=1)).strftime("%Y-%m-%d")
    outcome = run_suite("text_event", check, {"max_event_date": max_date})
    record_outcome(con, outcome, batch.batch_id)
    reasons = {f.row_id: (f.reason, f.expectation) for f in outcome.failures}
    frame["failed"] = frame["row_id"].isin(list(reasons))
    failed = list(frame[frame["failed"]].itertuples())
    # Keyed by the event's natural key, not its position: a recode codes other events at the same rows.
    _quarantine(con, batch.batch_id, "text_event",
                [(int(r.row_id), {k: v for k, v in r._asdict().items() if k != "Index"}, *reasons[r.row_id])
                 for r in failed], now, keys=[f"event:{r.event_key}" for r in failed])
    con.register("text_event_frame", frame)
    run_sql(con, "load/text_event_stage.sql")
    con.unregister("text_event_frame")
    run_sql(con, "load/candidate_tables.sql")
    run_sql(con, "load/text_candidates.sql")
    upsert_actors(con, today)
    before = con.execute("select count(*) from fact_event").fetchone()[0]
    run_sql(con, "load/fact_event_insert_text.sql")
    loaded = con.execute("select count(*) from fact_event").fetchone()[0] - before
    return loaded, outcome.failed_expectations


def _store_articles(con: duckdb.DuckDBPyConnection, batch: NewsBatch, accepted: list[Candidate],
                    triage: Triage, today: date) -> None:
    """stg_article rows (first seen `today`), copies on other outlets, attention, and the outlets in dim_source."""
    insert_rows(con, sql_text("load/stg_article_insert.sql"),
                [(c.article_key, c.article.canonical_url, c.article.url, c.article.content_hash, c.article.title,
                  c.article.text, c.article.published, c.article.language, c.article.domain, batch.source_kind,
                  c.article.feed, batch.batch_id, CODER_VERSION, c.minhash, today) for c in accepted])
    insert_rows(con, sql_text("load/article_copy_insert.sql"),
                [(*copy, batch.batch_id) for copy in triage.copies])
    run_sql(con, "load/touched_article.sql")
    insert_rows(con, "insert into touched_article values (?)", sorted({(c[0],) for c in triage.copies}))
    run_sql(con, "load/candidate_tables.sql")
    insert_rows(con, "insert into source_candidate values (?, ?, ?)",
                sorted({(batch.source_kind, c.article.domain, c.article.language) for c in accepted}, key=str))
    upsert_sources(con)


def _record_fetches(con: duckdb.DuckDBPyConnection, batch: NewsBatch, settings: Settings, now: datetime) -> None:
    for record in batch.fetches:
        record_fetch(con, record, batch.batch_id, settings.max_attempts)
    offset = len(batch.articles)
    # The record keeps what the item said of its article, so a later retry loads it as the feed gave it.
    _quarantine(con, batch.batch_id, "fetch",
                [(offset + n, {"url": a.url, "title": a.title, "published": a.published, "language": a.language,
                               "feed": a.feed}, reason, "fetch.page_fetched")
                 for n, (a, reason) in enumerate(batch.unfetched, start=1)], now)
    for stage in sorted({r.stage for r in batch.rejected}):
        _quarantine(con, batch.batch_id, stage, [(r.number, r.record, r.reason, r.expectation)
                                                 for r in batch.rejected if r.stage == stage], now)
    # A page that now loads resolves the quarantine rows its earlier failures left.
    insert_rows(con, sql_text("load/quarantine_resolve_fetched.sql"),
                [(now, r.url) for r in batch.fetches if r.kind == "page" and r.status == "ok"])


def _rejected_share(triage: Triage, failed: int, threshold: float) -> str | None:
    """The reason to reject the whole batch, when too many of its articles failed validation."""
    checked = len(triage.candidates)
    if checked and failed / checked > threshold:
        return f"{failed} of {checked} articles failed validation ({failed / checked:.0%} > {threshold:.0%})"
    return None


def load_articles(con: duckdb.DuckDBPyConnection, batch: NewsBatch, settings: Settings, now: datetime,
                  threshold: float, replay: bool = False, coded: Coded | None = None) -> BatchResult:
    """Triage, validate, store and code a batch's articles (inside the caller's transaction).

    In a replay the failing articles are already in quarantine, so they are not written again.
    """
    triage = triage_articles(con, batch)
    outcome = _validate_articles(triage.candidates, now)
    record_outcome(con, outcome, batch.batch_id)
    failed_rows = {f.row_id: (f.reason, f.expectation) for f in outcome.failures}
    rejected = _rejected_share(triage, len(failed_rows), threshold)
    if rejected:  # nothing of the batch loads; every checked article is kept in quarantine
        failed_rows = {c.row_id: failed_rows.get(c.row_id, (f"batch rejected: {rejected}", "batch_failing_share"))
                       for c in triage.candidates}
    if not replay:
        _quarantine(con, batch.batch_id, "stg_article",
                    [(c.row_id, {"url": c.article.url, "title": c.article.title, "text": c.article.text,
                                 "published": c.article.published, "language": c.article.language},
                      *failed_rows[c.row_id]) for c in triage.candidates if c.row_id in failed_rows], now)
    accepted = [c for c in triage.candidates if c.row_id not in failed_rows]
    _store_articles(con, batch, accepted, triage, now.date())
    _record_fetches(con, batch, settings, now)
    events = code_articles(con, batch, [c.article for c in accepted], coded, today=now.date())
    events_loaded, failed_events = load_events(con, batch, events, now, now.date())
    run_sql(con, "load/article_attention_refresh.sql")  # after the events, so theirs is updated too
    return BatchResult(
        batch_id=batch.batch_id, source=batch.source_kind, item=batch.item,
        status="rejected" if rejected else "loaded", received=batch.received, loaded=len(accepted),
        quarantined=len(failed_rows) + len(batch.unfetched) + len(batch.rejected), filtered=triage.filtered,
        duplicate=triage.duplicate, events_coded=len(events), events_loaded=events_loaded, error=rejected,
        failed_expectations={**outcome.failed_expectations, **failed_events})


def load_news_batch(con: duckdb.DuckDBPyConnection, batch: NewsBatch, settings: Settings,
                    flow_run_id: str | None = None, coded: Coded | None = None) -> BatchResult:
    """One batch in one transaction; `coded` holds events coded ahead of the load, keyed by request."""
    started = now = utc_now()
    with transaction(con):
        result = load_articles(con, batch, settings, now, settings.quarantine_threshold, coded=coded)
        record_batch(con, result, item_md5=batch.item_md5, item_time=now, landing_path=batch.landing_path,
                     started_at=started, flow_run_id=flow_run_id)
        refresh_derived(con, "load/text_affected_days.sql", {"batch_id": batch.batch_id})
    return result
