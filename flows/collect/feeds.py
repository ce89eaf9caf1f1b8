"""RSS 2.0, RSS 1.0 and Atom feeds: checked for XML attacks with defusedxml, parsed with feedparser."""
from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path

import feedparser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from flows import UserError
from flows.collect.articles import Article, FeedError, Rejected, html_to_text, language_code


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


def parse_feed(payload: bytes, origin: str) -> tuple[list[Article], list[Rejected]]:
    """Articles of a feed document (the text is the item's full content when it carries one), and the
    items that name no article (neither link nor guid): those are kept for quarantine, never dropped."""
    check_xml_safety(payload, origin)
    parsed = feedparser.parse(payload)
    if parsed.get("bozo") and not parsed.entries:
        raise FeedError(f"{origin}: not a readable RSS or Atom feed ({parsed.get('bozo_exception')})")
    language = language_code(parsed.feed.get("language"))
    articles, rejected = [], []
    for number, entry in enumerate(parsed.entries, start=1):
        # a blank link or guid (" ") names no article either
        link = (entry.get("link") or "").strip() or (entry.get("id") or "").strip()
        text = _entry_text(entry)
        published = _entry_date(entry)
        if not link:
            record = {"title": entry.get("title"), "text": text, "published": published}
            rejected.append(Rejected("feed", number, record, f"{origin} item {number}: item has neither link nor "
                                     "guid, so it names no article; the feed must give each item one",
                                     "feed.item_has_link"))
            continue
        articles.append(Article(url=link, title=entry.get("title"), text=text, published=published,
                                language=language_code(entry.get("language")) or language, feed=origin))
    return articles, rejected


def read_feeds_file(path: Path) -> list[str]:
    """Feed URLs from a TOML file (`feeds = ["url", ...]`) or a text file (one URL per line, # comments)."""
    if not path.is_file():
        raise UserError(f"feeds file not found: {path} (pass a .toml file with feeds = [...] or a list of URLs)")
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".toml":
        try:
            feeds = tomllib.loads(text).get("feeds")
        except tomllib.TOMLDecodeError as exc:
            raise UserError(f"{path}: not valid TOML ({exc})") from None
        if not isinstance(feeds, list) or not all(isinstance(f, str) for f in feeds):
            raise UserError(f"{path}: needs feeds = [\"https://...\", ...]")
        return feeds
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
