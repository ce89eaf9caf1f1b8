"""The GDELT DOC 2.0 API (artlist mode, JSON): article URLs matching a query, at most one call every
few seconds (the service's rate limit)."""
from __future__ import annotations

import json
import time
from datetime import datetime
from urllib.parse import urlencode

import httpx

from flows.collect.articles import Article, FeedError
from flows.collect.http import FetchError, RetryPolicy, get_bytes

DEFAULT_DOC_API_URL = "https://api.gdeltproject.org/api/v2/doc/doc"
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


def parse_artlist(payload: bytes, origin: str) -> list[Article]:
    """Articles of an artlist JSON answer; the service answers errors as plain text."""
    try:
        data = json.loads(payload.decode("utf-8", "replace") or "{}")
    except json.JSONDecodeError:
        message = payload.decode("utf-8", "replace").strip().splitlines()[0][:200] if payload.strip() else "empty"
        raise FeedError(f"{origin}: the DOC API answered an error: {message}") from None
    articles = []
    for item in data.get("articles", []) if isinstance(data, dict) else []:
        url = item.get("url")
        if not url:
            continue
        seen = item.get("seendate") or ""
        published = datetime.strptime(seen[:8], "%Y%m%d").date() if seen[:8].isdigit() else None
        articles.append(Article(url=url, title=item.get("title"), text="", published=published,
                                language=LANGUAGES.get((item.get("language") or "").lower()), feed=origin))
    return articles


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
