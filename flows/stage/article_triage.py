"""Sort a batch's articles before validation: duplicates (same URL, same content, or a near copy on
another outlet, which adds to the original's attention), languages the coder does not read
(filtered), and the new articles that go on to validation."""
from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from flows.collect.articles import Article, NewsBatch
from flows.db import sql_text
from flows.reference import vocabulary
from flows.stage.dedup import NearDuplicateIndex, signature
from flows.stage.language import detect_language

MIN_TEXT_FOR_SIGNATURE = 200  # shorter texts share too few shingles for a fair near-duplicate test


@dataclass
class Candidate:
    row_id: int
    article: Article
    article_key: int
    minhash: list[int] | None


@dataclass
class Triage:
    candidates: list[Candidate] = field(default_factory=list)
    copies: list[tuple[int, str, str, str]] = field(default_factory=list)  # key, url, domain, match kind
    duplicate: int = 0
    filtered: int = 0


def _key(con: duckdb.DuckDBPyConnection, canonical_url: str) -> int:
    return int(con.execute("select natural_key('article:' || ?)", [canonical_url]).fetchone()[0])


def _index(con: duckdb.DuckDBPyConnection, articles: list[Article]) -> NearDuplicateIndex:
    index = NearDuplicateIndex()
    dated = [a.published for a in articles if a.published]
    if dated:
        for key, values in con.execute(sql_text("stage/article_signatures.sql"),
                                       {"first_day": min(dated), "last_day": max(dated)}).fetchall():
            index.add(key, values)
    return index


def _stored_match(con: duckdb.DuckDBPyConnection, article: Article) -> tuple[int, str] | None:
    row = con.execute(sql_text("stage/article_stored_match.sql"),
                      [article.canonical_url, article.canonical_url, article.content_hash]).fetchone()
    return (row[0], row[1]) if row else None


def triage_articles(con: duckdb.DuckDBPyConnection, batch: NewsBatch) -> Triage:
    languages = set(vocabulary()["languages"])
    index = _index(con, batch.articles)
    seen: dict[str, int] = {}
    triage = Triage()
    for row_id, article in enumerate(batch.articles, start=1):
        match = _stored_match(con, article)
        if match is None and article.canonical_url in seen:
            match = (seen[article.canonical_url], "url")
        if match is None and article.content_hash in seen:
            match = (seen[article.content_hash], "content")
        values = signature(article.text) if len(article.text) >= MIN_TEXT_FOR_SIGNATURE else None
        if match is None and values is not None:
            near = index.match(values)
            match = (near, "near") if near is not None else None
        if match is not None:
            triage.duplicate += 1
            if match[1] != "url":  # the same URL again is a re-fetch, not another outlet
                triage.copies.append((match[0], article.url, article.domain, match[1]))
            continue
        language = article.language or detect_language(article.text)
        if language is not None and language not in languages:
            triage.filtered += 1
            continue
        key = _key(con, article.canonical_url)
        seen[article.canonical_url] = seen[article.content_hash] = key
        if values is not None:
            index.add(key, values)
        triage.candidates.append(Candidate(row_id, _with_language(article, language), key, values))
    return triage


def _with_language(article: Article, language: str | None) -> Article:
    if article.language == language:
        return article
    return Article(url=article.url, title=article.title, text=article.text, published=article.published,
                   language=language, feed=article.feed)
