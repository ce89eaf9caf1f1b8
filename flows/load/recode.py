"""`allywatch recode`: re-run the current coder over stored articles and replace their text events.

Everything happens in one transaction: the old events of the chosen articles go, the new ones (with
the current coder_version) come in through the same validation as a first load, and the daily facts
of every day either set touched are recomputed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from flows.collect.articles import Article, NewsBatch
from flows.db import run_sql, sql_text, transaction, utc_now
from flows.load.facts import refresh_derived
from flows.load.text_load import code_articles, load_events
from flows.normalize.coder import CODER_VERSION


@dataclass(frozen=True)
class RecodeResult:
    articles: int
    events_before: int
    events_after: int
    coder_version: str


def _articles_by_batch(con: duckdb.DuckDBPyConnection, since: date | None) -> dict[tuple[str, str], list[Article]]:
    grouped: dict[tuple[str, str], list[Article]] = {}
    for batch_id, kind, url, title, text, published, language, feed, first_seen in con.execute(
            sql_text("load/recode_articles.sql"), {"since": since}).fetchall():
        grouped.setdefault((batch_id, kind), []).append(
            Article(url=url, title=title, text=text, published=published, language=language, feed=feed,
                    first_seen=first_seen))
    return grouped


def recode(con: duckdb.DuckDBPyConnection, since: date | None = None) -> RecodeResult:
    now = utc_now()
    with transaction(con):
        grouped = _articles_by_batch(con, since)
        run_sql(con, "load/recode_remove_events.sql", {"since": since})
        before = con.execute("select count(*) from recode_old_event").fetchone()[0]
        after = 0
        for (batch_id, kind), articles in grouped.items():
            batch = NewsBatch(batch_id=batch_id, source_kind=kind, item="recode", item_md5="", landing_path=None,
                              articles=articles)
            events = code_articles(con, batch, articles, today=now.date())
            loaded, _failed = load_events(con, batch, events, now, now.date())
            after += loaded
        run_sql(con, "load/touched_article.sql")
        run_sql(con, "load/recode_finish.sql", {"since": since, "coder_version": CODER_VERSION})
        refresh_derived(con, "load/recode_affected_days.sql")
    return RecodeResult(sum(len(a) for a in grouped.values()), before, after, CODER_VERSION)
