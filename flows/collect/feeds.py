"""RSS 2.0, RSS 1.0 and Atom feeds: checked for XML attacks with defusedxml, parsed with feedparser."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import feedparser
import httpx
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from flows import UserError
from flows.collect.articles import Article, FeedError, NewsBatch, html_to_text
from flows.collect.landing import store_bytes


def check_xml_safety(payload: bytes, origin: str) -> None:
    """Refuse entity expansion (billion laughs), external entities (XXE) and DTD tricks."""
    try:
        SafeElementTree.fromstring(payload, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FeedError(f"{origin}: refused unsafe XML ({type(exc).__name__}); the feed declares "
                        "entities or external references") from None
    except SafeElementTree.ParseError as exc:
        raise FeedError(f"{origin}: not well-formed XML ({exc})") from None


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return html_to_text(content["value"])
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def _entry_date(entry: feedparser.FeedParserDict):
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime(*parsed[:6], tzinfo=UTC).date()


def parse_feed(payload: bytes, origin: str) -> list[Article]:
    """Articles of a feed document; the text is the item's full content when it carries one."""
    check_xml_safety(payload, origin)
    parsed = feedparser.parse(payload)
    if parsed.get("bozo") and not parsed.entries:
        raise FeedError(f"{origin}: not a readable RSS or Atom feed ({parsed.get('bozo_exception')})")
    language = (parsed.feed.get("language") or "").split("-")[0].lower() or None
    articles = []
    for entry in parsed.entries:
        link = entry.get("link") or entry.get("id")
        text = _entry_text(entry)
        if not link:
            continue
        entry_language = (entry.get("language") or "").split("-")[0].lower() or language
        articles.append(Article(url=link, title=entry.get("title"), text=text,
                                published=_entry_date(entry), language=entry_language, feed=origin))
    return articles


def read_feed_payload(location: str, client: httpx.Client | None) -> bytes:
    """A feed's bytes from a local path or an http(s) URL."""
    if not location.startswith(("http://", "https://")):
        path = Path(location)
        if not path.exists():
            raise UserError(f"feed not found: {location} (pass an http(s) URL or an existing file)")
        return path.read_bytes()
    if client is None:
        raise UserError(f"{location}: live feeds need network access, which this run does not allow")
    try:
        response = client.get(location)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise FeedError(f"{location}: {type(exc).__name__} {exc}") from None
    return response.content


def batch_from_feed(location: str, landing_dir: Path, client: httpx.Client | None = None) -> NewsBatch:
    """One feed fetch as one batch; the payload is kept in landing/ before it is parsed."""
    payload = read_feed_payload(location, client)
    landed, md5 = store_bytes(landing_dir, "rss", payload, ".xml")
    return NewsBatch(batch_id=f"rss:{location}:{md5}", source_kind="rss", item=location, item_md5=md5,
                     landing_path=str(landed), articles=parse_feed(payload, location))
