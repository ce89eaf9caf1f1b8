"""Article pages: polite, safe fetching (robots.txt, SSRF check, per-domain delay, size cap) and
main-text extraction with trafilatura. The raw HTML is kept in landing/."""
from __future__ import annotations

import io
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from flows.collect.http import FetchError, RedirectPolicy, RetryPolicy, download
from flows.collect.landing import store_bytes
from flows.collect.robots import RobotsCache
from flows.collect.safety import check_url_allowed


@dataclass(frozen=True)
class Page:
    url: str
    title: str | None
    text: str
    published: date | None
    landing_path: Path


@dataclass
class PageFetcher:
    client: httpx.Client
    policy: RetryPolicy
    landing_dir: Path
    max_bytes: int
    politeness_seconds: float
    respect_robots: bool
    allow_private: bool

    def __post_init__(self) -> None:
        self._robots = RobotsCache(self.client, self.policy)
        self._last_fetch: dict[str, float] = {}

    def _wait_for(self, host: str) -> None:
        """At most one request per host every politeness_seconds."""
        previous = self._last_fetch.get(host)
        if previous is not None:
            delay = self.politeness_seconds - (time.monotonic() - previous)
            if delay > 0:
                time.sleep(delay)
        self._last_fetch[host] = time.monotonic()

    def fetch(self, url: str) -> Page:
        """Fetch and extract one article; FetchError says why when it cannot."""
        check_url_allowed(url, self.allow_private)
        if self.respect_robots and not self._robots.allowed(url):
            raise FetchError(f"{url}: disallowed by robots.txt", 403)
        self._wait_for(urlsplit(url).netloc)
        buffer = io.BytesIO()
        redirects = RedirectPolicy(same_host=False, check_hop=lambda hop: check_url_allowed(hop, self.allow_private))
        download(self.client, url, buffer, self.max_bytes, self.policy, redirects=redirects)
        payload = buffer.getvalue()
        landed, _ = store_bytes(self.landing_dir, "html", payload, ".html")
        title, text, published = extract_main_text(payload, url)
        if len(text) < 20:
            raise FetchError(f"{url}: no main text found in the page", 200)
        return Page(url=url, title=title, text=text, published=published, landing_path=landed)


def extract_main_text(payload: bytes, url: str) -> tuple[str | None, str, date | None]:
    """Title, main text and publication date of an HTML page (trafilatura, no network)."""
    import trafilatura  # imported here: it is slow to import and only news runs need it

    document = trafilatura.bare_extraction(payload.decode("utf-8", "replace"), url=url, with_metadata=True,
                                           include_comments=False, include_tables=False)
    if document is None:
        return None, "", None
    published = None
    if document.date:
        try:
            published = date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    return document.title, document.text or "", published
