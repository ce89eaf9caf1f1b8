"""The GDELT DOC 2.0 API (artlist mode, JSON): article URLs matching a query, at most one call every
few seconds (the service's rate limit)."""
from __future__ import annotations

import json
import time
from datetime import datetime
from urllib.parse import urlencode

import httpx

from flows.collect.articles import Article, BadRecord, FeedError, Rejected, optional_text
from flows.collect.http import FetchError, RetryPolicy, get_bytes

LANGUAGES = {"english": "en", "spanish": "es"}
_last_call = 0.0


def doc_api_url(base_url: str, query: str, max_records: int = 250, timespan: str | None = None,
                start: datetime | None = None, end: datetime | None = None) -> str:
    params = {"query": query, "mode": "artlist", "format": "json", "maxrecords": str(max_records)}
    if start or end:
        if start:
            params["startdatetime"] = start.strftime("%Y%m%d%H%M%S")
        if end:
            params["enddatetime"] = end.strftime("%Y%m%d%H%M%S")
    else:
        params["timespan"] = timespan or "1d"
    return f"{base_url}?{urlencode(params)}"


def _artlist_article(entry: object, origin: str) -> Article:
    if not isinstance(entry, dict):
        raise BadRecord(f"not an object but {type(entry).__name__}")
    url, title, seen, language = (optional_text(entry, k) for k in ("url", "title", "seendate", "language"))
    if not url:
        raise BadRecord('no "url"')
    try:
        published = datetime.strptime(seen[:8], "%Y%m%d").date() if seen else None
    except ValueError:
        raise BadRecord(f'"seendate" {seen!r} is not a date (YYYYMMDDTHHMMSSZ)') from None
    return Article(url=url, title=title, text="", published=published,
                   language=LANGUAGES.get((language or "").lower()), feed=origin)


def parse_artlist(payload: bytes, origin: str) -> tuple[list[Article], list[Rejected]]:
    """Articles of an artlist JSON answer, and the entries that cannot be read (kept for quarantine).

    The service answers errors as plain text; an answer that is no artlist at all, or none of whose
    entries can be read, fails the call as a whole.
    """
    try:
        data = json.loads(payload.decode("utf-8", "replace") or "{}")
    except json.JSONDecodeError:
        message = payload.decode("utf-8", "replace").strip().splitlines()[0][:200] if payload.strip() else "empty"
        raise FeedError(f"{origin}: the DOC API answered an error: {message}") from None
    entries = data.get("articles", []) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise FeedError(f"{origin}: the DOC API answer is not an artlist (expected an object with an "
                        '"articles" list); check doc_api_url')
    articles, rejected = [], []
    for number, entry in enumerate(entries, start=1):
        try:
            articles.append(_artlist_article(entry, origin))
        except BadRecord as exc:
            record = entry if isinstance(entry, dict) else {"entry": entry}
            rejected.append(Rejected("parse", number, record, f"{origin} article {number}: {exc}",
                                     "parse.doc_api_article"))
    if rejected and not articles:
        more = f" (and {len(rejected) - 1} more)" if len(rejected) > 1 else ""
        raise FeedError(f"{origin}: no readable article in the DOC API answer: {rejected[0].reason}{more}")
    return articles, rejected


def call_doc_api(client: httpx.Client, url: str, policy: RetryPolicy, min_interval: float) -> bytes:
    """One DOC API call, waiting so calls are at least min_interval seconds apart in this process."""
    global _last_call
    wait = min_interval - (time.monotonic() - _last_call)
    if _last_call and wait > 0:
        time.sleep(wait)
    try:
        return get_bytes(client, url, 20_000_000, policy)
    except FetchError as exc:
        raise FeedError(f"DOC API call failed: {exc}") from None
    finally:
        _last_call = time.monotonic()
