"""Article pages: polite, safe fetching (robots.txt, SSRF check, per-domain delay, size cap) and
main-text extraction with trafilatura. The raw HTML is kept in landing/."""
from __future__ import annotations

import codecs
import io
import re
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

BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))  # UTF-32 LE starts like UTF-16 LE
CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
META = re.compile(rb"<meta\b[^>]*>", re.I)
META_SCAN_BYTES = 4096  # browsers look for the <meta> declaration in the first 1024 bytes; be generous
# As browsers do (WHATWG Encoding): these labels mean windows-1252, a superset for the printable range.
AS_WINDOWS_1252 = {"iso8859-1", "ascii"}


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
        _, headers = download(self.client, url, buffer, self.max_bytes, self.policy, redirects=redirects)
        payload = buffer.getvalue()
        landed, _ = store_bytes(self.landing_dir, "html", payload, ".html")
        title, text, published = extract_main_text(payload, url, headers.get("content-type") if headers else None)
        if len(text) < 20:
            raise FetchError(f"{url}: no main text found in the page", 200)
        return Page(url=url, title=title, text=text, published=published, landing_path=landed)


def _codec(label: bytes | str | None) -> str | None:
    """The Python codec of a charset label, or None for a label Python does not know."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.decode("ascii", "replace") if isinstance(label, bytes) else label).name
    except LookupError:
        return None
    return "cp1252" if name in AS_WINDOWS_1252 else name


def _meta_charset(payload: bytes) -> str | None:
    """The charset of `<meta charset>` or `<meta http-equiv="Content-Type" content="...; charset=">`."""
    for tag in META.findall(payload[:META_SCAN_BYTES]):
        found = CHARSET.search(tag)
        if found:
            codec = _codec(found.group(1))
            # A <meta> cannot be read in UTF-16 unless a BOM said so already (WHATWG: it means UTF-8).
            return "utf-8" if codec and codec.startswith(("utf-16", "utf-32")) else codec
    return None


def decode_page(payload: bytes, content_type: str | None = None) -> str:
    """The page as text: a byte order mark, else the header's charset, else the <meta> one, else UTF-8,
    and windows-1252 (what browsers assume) when the bytes are not UTF-8 either."""
    for bom, codec in BOMS:
        if payload.startswith(bom):
            return payload[len(bom):].decode(codec, "replace")
    header = CHARSET.search(content_type.encode("latin-1", "replace")) if content_type else None
    declared = _codec(header.group(1)) if header else None
    declared = declared or _meta_charset(payload)
    if declared:
        return payload.decode(declared, "replace")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", "replace")


def extract_main_text(payload: bytes, url: str, content_type: str | None = None
                      ) -> tuple[str | None, str, date | None]:
    """Title, main text and publication date of an HTML page (trafilatura, no network).

    content_type is the response's Content-Type header, whose charset names the page's encoding.
    """
    import trafilatura  # imported here: it is slow to import and only news runs need it

    document = trafilatura.bare_extraction(decode_page(payload, content_type), url=url, with_metadata=True,
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
