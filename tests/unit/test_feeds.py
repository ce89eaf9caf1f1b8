"""Feed parsing: RSS and Atom read, hostile XML refused, URLs canonicalized, local inputs read."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.collect.articles import FeedError, articles_from_file, canonical_url, html_to_text
from flows.collect.feeds import parse_feed

RSS = b"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>t</title><language>en-gb</language><item><title>Bombers land</title>
<link>https://news.example.com/a?utm_source=x#top</link><pubDate>Mon, 10 Dec 2018 09:00:00 GMT</pubDate>
<description>short</description><content:encoded><![CDATA[<p>Russia sent two bombers.</p><script>x()</script>
<p>They landed in Caracas.</p>]]></content:encoded></item></channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
<title>n</title><id>urn:n</id><updated>2025-10-01T00:00:00Z</updated><entry><title>Pedido</title>
<id>urn:a</id><link href="https://noticias.example.org/b"/><published>2025-10-30T10:00:00Z</published>
<updated>2025-10-30T10:00:00Z</updated><content type="text">Maduro pidio radares a Rusia.</content></entry></feed>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>"""

XXE = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title></channel></rss>"""


def test_rss_item_gives_full_text_without_scripts() -> None:
    (article,), rejected = parse_feed(RSS, "feed.xml")
    assert rejected == []
    assert article.text == "Russia sent two bombers.\nThey landed in Caracas."
    assert article.language == "en" and str(article.published) == "2018-12-10"
    assert article.canonical_url == "https://news.example.com/a"


def test_atom_entry_language_and_date() -> None:
    (article,), _ = parse_feed(ATOM, "atom.xml")
    assert article.language == "es" and str(article.published) == "2025-10-30"
    assert article.url == "https://noticias.example.org/b" and "radares" in article.text


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE])
def test_hostile_xml_is_refused(payload: bytes) -> None:
    with pytest.raises(FeedError, match="refused unsafe XML"):
        parse_feed(payload, "evil.xml")


def test_canonical_url_drops_tracking_fragment_and_amp() -> None:
    assert canonical_url("HTTPS://WWW.Example.com/a/amp?utm_medium=x&id=3#frag") == "https://www.example.com/a?id=3"
    assert canonical_url("https://example.com/story.amp.html") == "https://example.com/story.html"


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    assert html_to_text("<p>One &amp; two</p><script>alert(1)</script><p>Three</p>") == "One & two\nThree"


def test_jsonl_input_and_its_errors(tmp_path: Path) -> None:
    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps({"url": "https://x.example/1", "text": "Some text here", "date": "2025-01-02"}) + "\n")
    (article,), rejected = articles_from_file(good)
    assert str(article.published) == "2025-01-02" and rejected == []
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"text": "ok"}\n{broken\n')
    (article,), (line,) = articles_from_file(bad)
    assert article.text == "ok"
    assert (line.stage, line.number, line.record) == ("parse", 2, {"line": "{broken"})
    assert "b.jsonl line 2: not valid JSON" in line.reason


@pytest.mark.parametrize(("line", "reason"), [
    (b'{"text": "caf\xe9 con leche"}', "not UTF-8 (byte 0xe9 at column 14); save the file as UTF-8"),
    (b'{"url": 12345, "text": "t"}', '"url" must be a string, got int 12345'),
    (b'{"language": ["en"], "text": "t"}', '"language" must be a string, got list ["en"]'),
    (b'{"title": {"en": "Bombers"}, "text": "t"}', '"title" must be a string, got dict {"en": "Bombers"}'),
    (b'{"date": "2025-13-01", "text": "t"}', "\"date\" '2025-13-01' is not a date; use YYYY-MM-DD"),
    (b'{"date": 20250101, "text": "t"}', '"date" must be a string, got int 20250101'),
    (b'["text"]', 'needs a JSON object with a "text" string'),
])
def test_a_bad_jsonl_line_is_rejected_with_its_reason(tmp_path: Path, line: bytes, reason: str) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "first", "language": "EN-gb"}\n' + line + b"\n")
    (article,), (rejected,) = articles_from_file(path)
    assert article.language == "en"
    assert rejected.number == 2 and rejected.reason == f"mixed.jsonl line 2: {reason}"


def test_a_jsonl_file_with_no_readable_line_fails_whole(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"text": "señal"}\n{"text": "acción"}\n'.encode("latin-1"))
    with pytest.raises(FeedError, match=r"latin1.jsonl holds no readable line: .*line 1: not UTF-8 .*and 1 more"):
        articles_from_file(path)
