"""Turn news sources into batches: feeds (conditional GET), DOC API calls, and article pages for items
that carry no full text. Failures are returned as records, never raised past one source.

Page fetches are capped per feed (or DOC API query) and batch: at `politeness_seconds` per host a feed
of thousands of short items would take hours. Items over the cap are put off, not lost: quarantined
(stage fetch) like a failed page, recorded `pending` in fetch_log, and fetched by later runs' retries."""
from __future__ import annotations

import hashlib
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import httpx

from flows import UserError
from flows.collect.articles import Article, FeedError, FetchRecord, NewsBatch
from flows.collect.doc_api import call_doc_api, doc_api_url, parse_artlist
from flows.collect.feeds import parse_feed
from flows.collect.http import FetchError, RetryPolicy, download
from flows.collect.landing import store_bytes
from flows.collect.pages import PageFetcher


@dataclass
class NewsCollector:
    client: httpx.Client
    policy: RetryPolicy
    landing_dir: Path
    max_bytes: int
    pages: PageFetcher
    min_feed_text: int = 400
    doc_api_base: str = ""
    doc_api_interval: float = 5.0
    max_page_fetches: int = 100  # per feed (or DOC API query) and batch

    def feed_batch(self, location: str, etag: str | None, last_modified: str | None) -> NewsBatch | FetchRecord:
        """A batch for a feed, or the record of a 304 (nothing new) when the validators still hold."""
        if not location.startswith(("http://", "https://")):
            path = Path(location)
            if not path.exists():
                raise UserError(f"feed not found: {location} (pass an http(s) URL or an existing file)")
            return self._batch_from_payload(location, path.read_bytes(), [])
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        buffer = io.BytesIO()
        try:
            status, response_headers = download(self.client, location, buffer, self.max_bytes, self.policy,
                                                headers=headers or None)
        except FetchError as exc:
            raise FeedError(str(exc)) from None
        if status == 304:
            return FetchRecord(location, "feed", "not_modified", 304)
        record = FetchRecord(location, "feed", "ok", 200, etag=response_headers.get("etag"),
                             last_modified=response_headers.get("last-modified"))
        return self._batch_from_payload(location, buffer.getvalue(), [record])

    def _batch_from_payload(self, location: str, payload: bytes, records: list[FetchRecord]) -> NewsBatch:
        landed, md5 = store_bytes(self.landing_dir, "rss", payload, ".xml")
        articles, rejected = parse_feed(payload, location)
        return NewsBatch(batch_id=f"rss:{location}:{md5}", source_kind="rss", item=location, item_md5=md5,
                         landing_path=str(landed), articles=articles, fetches=records, rejected=rejected)

    def doc_api_batch(self, query: str, timespan: str | None = None) -> NewsBatch:
        url = doc_api_url(self.doc_api_base, query, timespan=timespan)
        payload = call_doc_api(self.client, url, self.policy, self.doc_api_interval)
        landed, md5 = store_bytes(self.landing_dir, "doc_api", payload, ".json")
        articles, rejected = parse_artlist(payload, f"DOC API {query!r}")
        return NewsBatch(batch_id=f"doc_api:{query}:{md5}", source_kind="doc_api", item=query, item_md5=md5,
                         landing_path=str(landed), articles=articles, rejected=rejected,
                         fetches=[FetchRecord(url, "doc_api", "ok", 200)])

    def complete(self, batch: NewsBatch, known: Callable[[str], bool]) -> NewsBatch:
        """Fetch the page of every new article whose item carries less than min_feed_text characters,
        at most max_page_fetches per feed; the others are put off to a later run."""
        articles, unfetched, records = [], list(batch.unfetched), list(batch.fetches)
        fetched: Counter[str | None] = Counter()
        for article in batch.articles:
            if len(article.text) >= self.min_feed_text or known(article.canonical_url) \
                    or not article.url.startswith(("http://", "https://")):
                articles.append(article)
                continue
            if fetched[article.feed] >= self.max_page_fetches:
                reason = (f"page fetch put off: over max_page_fetches_per_feed ({self.max_page_fetches}) in this "
                          "run; a later run fetches it")
                unfetched.append((article, reason))
                records.append(FetchRecord(article.url, "page", "pending", None, reason))
                continue
            fetched[article.feed] += 1
            try:
                page = self.pages.fetch(article.url)
            except FetchError as exc:
                unfetched.append((article, str(exc)))
                records.append(FetchRecord(article.url, "page", "failed", exc.status, str(exc)))
                continue
            records.append(FetchRecord(article.url, "page", "ok", 200))
            articles.append(replace(article, title=article.title or page.title, text=page.text,
                                    published=article.published or page.published))
        return replace(batch, articles=articles, unfetched=unfetched, fetches=records)

    def retry_pages(self, pending: list[Article], known: Callable[[str], bool]) -> NewsBatch | None:
        """Pages that failed or were put off on earlier runs, as one batch: at most max_page_fetches per
        feed, oldest first; the rest wait for the next run. Pages stored meanwhile are left out."""
        taken: Counter[str | None] = Counter()
        articles = []
        for article in pending:
            if not known(article.canonical_url) and taken[article.feed] < self.max_page_fetches:
                taken[article.feed] += 1
                articles.append(article)
        if not articles:
            return None
        urls = [a.url for a in articles]
        batch = NewsBatch(batch_id="", source_kind="rss", item="page retries", item_md5="", landing_path=None,
                          articles=articles)
        done = self.complete(batch, known=lambda _url: False)
        digest = hashlib.md5("\n".join(sorted(urls)).encode()).hexdigest()
        # Each retry is a new fetch, so a new batch: the time keeps its id apart from earlier retries.
        return replace(done, batch_id=f"page-retry:{datetime.now(UTC):%Y%m%dT%H%M%S.%f}:{digest}", item_md5=digest)
