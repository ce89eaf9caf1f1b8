"""News articles from RSS/Atom feeds and local files, as plain records ready for staging."""
from __future__ import annotations

import codecs
import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from flows import UserError
from flows.collect.landing import store_bytes

TRACKING_PARAMS = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|ocid|cmpid|outputType)$", re.I)
TAG = re.compile(r"<[^>]+>")
BLOCK_TAG = re.compile(r"</?(p|div|br|li|h[1-6]|tr|section|article)\b[^>]*>", re.I)
DROP_ELEMENT = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)


class FeedError(Exception):
    """A feed or input file that cannot be read safely; recorded on its batch, others go on."""


class BadRecord(ValueError):
    """One item of a source (a .jsonl line, a DOC API entry) that cannot become an article."""


@dataclass(frozen=True)
class Rejected:
    """An item of a source that cannot become an article (a bad .jsonl line, a feed item with no link):
    it counts in the batch's `received` and goes to quarantine with its reason."""
    stage: str        # parse (a line or entry that cannot be read), feed (an item without link or guid)
    number: int       # its line in the file, or its position in the feed or DOC API answer
    record: dict
    reason: str
    expectation: str


@dataclass(frozen=True)
class Article:
    url: str
    title: str | None
    text: str
    published: date | None
    language: str | None
    feed: str | None = None
    first_seen: date | None = None  # the day the warehouse first stored it (set for stored articles)

    @property
    def canonical_url(self) -> str:
        return canonical_url(self.url)

    @property
    def domain(self) -> str:
        try:
            host = urlsplit(self.canonical_url).hostname
        except ValueError:  # a link that is no URL, kept as given by canonical_url
            host = None
        return (host or "local").removeprefix("www.")

    @property
    def content_hash(self) -> str:
        normalized = " ".join(self.text.lower().split())
        return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FetchRecord:
    """The outcome of fetching one URL (a feed, a page, a DOC API call), kept in fetch_log."""
    url: str
    kind: str                 # feed, page, doc_api
    status: str               # ok, not_modified, failed
    http_status: int | None = None
    reason: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class NewsBatch:
    """One news batch: a feed fetch, a DOC API call or an input file, with its articles.

    `unfetched` holds articles whose page could not be fetched, with the reason: they are received,
    quarantined (stage fetch) and retried on later runs.
    """
    batch_id: str
    source_kind: str          # rss, doc_api, file
    item: str                 # feed URL or path, input file
    item_md5: str
    landing_path: str | None
    articles: list[Article]
    unfetched: list[tuple[Article, str]] = field(default_factory=list)
    fetches: list[FetchRecord] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def received(self) -> int:
        return len(self.articles) + len(self.unfetched) + len(self.rejected)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no AMP variant path.

    A link that does not parse (a port out of range, a broken IPv6 host) is kept as given: a feed can
    carry anything, and one bad link must not stop the batch; validation decides what it is worth.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    if not parts.scheme:
        return url.strip()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_PARAMS.match(k)])
    path = re.sub(r"/amp/?$|\.amp(?=\.html?$)", "", parts.path) or "/"
    host = (parts.hostname or "").lower()
    netloc = host + (f":{port}" if port else "")
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, paragraphs kept as line breaks (scripts never become text)."""
    text = DROP_ELEMENT.sub(" ", markup)
    text = BLOCK_TAG.sub("\n", text)
    text = html.unescape(TAG.sub(" ", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def parse_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def optional_text(item: dict, key: str) -> str | None:
    """item[key] when it is a string or missing/null; anything else (a number, a list, an object) is refused
    rather than stored as Python's text of it."""
    value = item.get(key)
    if value is None or isinstance(value, str):
        return value
    shown = json.dumps(value, ensure_ascii=False, default=str)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    raise BadRecord(f'"{key}" must be a string, got {type(value).__name__} {shown}')


def language_code(value: str | None) -> str | None:
    """"en-US", "EN" -> "en": the ISO 639-1 part, as feeds give it."""
    return (value or "").split("-")[0].strip().lower() or None


def _jsonl_article(path: Path, number: int, raw: bytes) -> Article:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRecord(f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                        "save the file as UTF-8") from None
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadRecord(f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise BadRecord('needs a JSON object with a "text" string')
    url, title, when, language = (optional_text(item, k) for k in ("url", "title", "date", "language"))
    published = parse_date(when)
    if when and published is None:
        raise BadRecord(f'"date" {when!r} is not a date; use YYYY-MM-DD')
    return Article(url=url or f"{path.resolve().as_uri()}#{number}", title=title, text=item["text"],
                   published=published, language=language_code(language))


def articles_from_jsonl(path: Path) -> tuple[list[Article], list[Rejected]]:
    """{"url","title","text","date","language"} per line. A line that cannot be read is rejected with its
    number and reason and the others load; a file none of whose lines can be read fails as a whole."""
    articles, rejected = [], []
    for number, raw in enumerate(path.read_bytes().removeprefix(codecs.BOM_UTF8).splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            articles.append(_jsonl_article(path, number, raw))
        except BadRecord as exc:
            rejected.append(Rejected("parse", number, {"line": raw.decode("utf-8", "backslashreplace")},
                                     f"{path.name} line {number}: {exc}", "parse.jsonl_line"))
    if rejected and not articles:
        more = f" (and {len(rejected) - 1} more lines)" if len(rejected) > 1 else ""
        raise FeedError(f"{path} holds no readable line: {rejected[0].reason}{more}")
    return articles, rejected


def articles_from_file(path: Path) -> tuple[list[Article], list[Rejected]]:
    """One input file (.jsonl, .txt or .html) as articles, and the lines of a .jsonl that cannot be read."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return articles_from_jsonl(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FeedError(f"{path}: not UTF-8 text; convert it to UTF-8") from None
    if suffix in (".html", ".htm"):
        title_match = re.search(r"<title[^>]*>(.*?)</title>", raw, re.I | re.S)
        body = re.sub(r"<head\b.*?</head>", " ", raw, flags=re.I | re.S)
        title = html.unescape(title_match.group(1)).strip() if title_match else None
        return [Article(url=path.resolve().as_uri(), title=title, text=html_to_text(body),
                        published=None, language=None)], []
    if suffix == ".txt":
        lines = raw.strip().splitlines()
        title = lines[0].strip() if lines else None
        return [Article(url=path.resolve().as_uri(), title=title, text=raw.strip(), published=None,
                        language=None)], []
    raise FeedError(f"{path}: unsupported input type {suffix!r}; use .jsonl, .txt or .html")


def input_files(path: Path) -> list[Path]:
    """The files --input names: one file, or the supported files of a folder, sorted."""
    if not path.exists():
        raise UserError(f"input not found: {path} (pass a .jsonl/.txt/.html file or a folder of them)")
    if path.is_file():
        return [path]
    return sorted(p for p in path.iterdir() if p.suffix.lower() in (".jsonl", ".txt", ".html", ".htm"))


def batch_from_input_file(path: Path, landing_dir: Path) -> NewsBatch:
    """One input file as one batch, its bytes kept in landing/ (same bytes = same batch)."""
    payload = path.read_bytes()
    landed, md5 = store_bytes(landing_dir, "file", payload, path.suffix.lower())
    articles, rejected = articles_from_file(path)
    return NewsBatch(batch_id=f"file:{path.name}:{md5}", source_kind="file", item=str(path), item_md5=md5,
                     landing_path=str(landed), articles=articles, rejected=rejected)
