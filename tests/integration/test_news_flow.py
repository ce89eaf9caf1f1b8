"""The news flow against a loopback server: feeds, pages, hostile XML, SSRF, robots.txt, caps, DOC API,
near-duplicates across outlets and conditional GETs on the second run."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.readback import news_ledger_mismatches

DATA = Path(__file__).resolve().parents[1] / "data" / "news"


def rss(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>Thu, 30 Oct 2025 08:00:00 GMT</pubDate>"
                   f"<description>{d}</description></item>" for t, link, d in items)
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><language>en</language>'
    return f"{head}{body}</channel></rss>"


ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
<title>n</title><id>urn:n</id><updated>2025-10-29T00:00:00Z</updated><entry><title>Pedido</title><id>urn:e1</id>
<link href="{link}"/><published>2025-10-29T10:00:00Z</published><updated>2025-10-29T10:00:00Z</updated>
<summary>Resumen breve.</summary></entry></feed>"""

BILLION_LAUGHS = """<?xml version="1.0"?><!DOCTYPE z [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>&b;</title></channel></rss>"""
XXE = """<?xml version="1.0"?><!DOCTYPE z [<!ENTITY x SYSTEM "file:///etc/hostname">]>
<rss version="2.0"><channel><title>&x;</title></channel></rss>"""


def config(tmp_path: Path, server: HTTPServer) -> str:
    path = tmp_path / "allywatch.toml"
    path.write_text("\n".join([
        "http_retries = 1", "http_backoff_seconds = 0.01", "http_timeout_seconds = 3.0", "politeness_seconds = 0.0",
        "max_page_bytes = 1000000", "doc_api_min_interval_seconds = 0.0", "max_attempts = 2",
        f'doc_api_url = "{server.url_for("/api/v2/doc/doc")}"']) + "\n")
    return str(path)


@pytest.fixture
def news_server(httpserver: HTTPServer) -> HTTPServer:
    url = httpserver.url_for
    items = [("Request", url("/world/radars"), "short"), ("Gallery", url("/gallery"), "photos"),
             ("Private", "http://169.254.169.254/latest/meta-data", "cloud"), ("Blocked", url("/private/x"), "no"),
             ("Huge", url("/huge"), "big"), ("Gone", url("/gone"), "404"), ("Loop", url("/loop"), "loop")]

    def feed(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(rss(items), headers={"ETag": '"v1"', "Content-Type": "application/rss+xml"})

    httpserver.expect_request("/feeds/en.xml").respond_with_handler(feed)
    httpserver.expect_request("/feeds/es.xml").respond_with_data(ATOM.format(link=url("/mundo/peticion")))
    httpserver.expect_request("/feeds/laughs.xml").respond_with_data(BILLION_LAUGHS)
    httpserver.expect_request("/feeds/xxe.xml").respond_with_data(XXE)
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    httpserver.expect_request("/world/radars").respond_with_data((DATA / "page_en.html").read_bytes())
    httpserver.expect_request("/mundo/peticion").respond_with_data((DATA / "page_es.html").read_bytes())
    httpserver.expect_request("/gallery").respond_with_data((DATA / "empty_page.html").read_bytes())
    httpserver.expect_request("/huge").respond_with_data(b"<p>" + b"x" * 50_000_000 + b"</p>")
    httpserver.expect_request("/gone").respond_with_data("gone", status=404)
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": url("/loop")})
    articles = {"articles": [{"url": url("/world/radars"), "title": "dup", "seendate": "20251030T080000Z",
                              "domain": "localhost", "language": "English", "sourcecountry": "US"}]}
    httpserver.expect_request("/api/v2/doc/doc", query_string={"query": "venezuela radars", "mode": "artlist",
                                                              "format": "json", "maxrecords": "250", "timespan": "1d"}
                              ).respond_with_json(articles)
    httpserver.expect_request("/api/v2/doc/doc").respond_with_data("Invalid query: the phrase is too short.")
    return httpserver


def fetch_log(warehouse: Path) -> dict[str, tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {r[0]: r[1:] for r in con.execute("select url, status, http_status, reason from fetch_log").fetchall()}
    finally:
        con.close()


def test_feeds_pages_and_hostile_input(prefect_backend: None, tmp_path: Path, news_server: HTTPServer) -> None:
    from flows.news_flow import news

    url = news_server.url_for
    warehouse = tmp_path / "w.duckdb"
    feeds = [url("/feeds/en.xml"), url("/feeds/es.xml"), url("/feeds/laughs.xml"), url("/feeds/xxe.xml")]
    results = {r["item"]: r for r in news(str(warehouse), config(tmp_path, news_server), feeds=feeds,
                                           doc_queries=["venezuela radars", "x"])}
    english, spanish = results[feeds[0]], results[feeds[1]]
    assert (english["received"], english["loaded"], english["quarantined"]) == (7, 1, 6)
    assert (spanish["received"], spanish["loaded"]) == (1, 1)
    for hostile in feeds[2:]:
        assert results[hostile]["status"] == "failed" and "refused unsafe XML" in results[hostile]["error"]
    assert results["venezuela radars"]["duplicate"] == 1  # the DOC API found a page the feed already gave
    assert "DOC API answered an error: Invalid query" in results["x"]["error"]
    log = fetch_log(warehouse)
    assert "non-public address" in log["http://169.254.169.254/latest/meta-data"][2]
    assert "robots.txt" in log[url("/private/x")][2]
    assert "cap" in log[url("/huge")][2] and log[url("/gone")][1] == 404
    assert "redirects" in log[url("/loop")][2] and "no main text" in log[url("/gallery")][2]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        texts = dict(con.execute("select language, text from stg_article").fetchall())
        assert "radars and missiles" in texts["en"] and "cooperación militar" in texts["es"]
        assert "Copyright" not in texts["en"]  # boilerplate left out by the extractor
        appeal = con.execute("select count(*) from fact_event where origin = 'text' and direction = 'appeal' "
                             "and source_iso3 = 'VEN' and target_iso3 = 'RUS'").fetchone()[0]
        assert appeal >= 1
        for received, loaded, quarantined, filtered, duplicate in con.execute(
                "select received, loaded, quarantined, filtered, duplicate from batch_ledger").fetchall():
            assert received == loaded + quarantined + filtered + duplicate
        assert con.execute("select count(*) from batch_ledger where loaded > 0").fetchone()[0] >= 1
        assert news_ledger_mismatches(con) == []
    finally:
        con.close()

    again = news(str(warehouse), config(tmp_path, news_server), feeds=feeds[:2])
    feed_requests = [r for r, _ in news_server.log if r.path == "/feeds/en.xml"]
    assert feed_requests[-1].headers.get("If-None-Match") == '"v1"'  # conditional GET on the second run
    assert fetch_log(warehouse)[feeds[0]][0] == "not_modified"
    retried = [b for b in again if b["item"] == "page retries"]
    assert retried and retried[0]["loaded"] == 0 and retried[0]["quarantined"] >= 3
    assert fetch_log(warehouse)[url("/gone")][0] == "gave_up"


def test_a_wire_story_on_three_outlets_counts_once(prefect_backend: None, tmp_path: Path) -> None:
    from flows.news_flow import news

    story = ("Russia sent two strategic bombers to Venezuela on Monday in a show of support for the government "
             "in Caracas, officials said. The aircraft landed at the main airport after a long flight over the "
             "Atlantic and will stay for several days of joint exercises with the Venezuelan air force. Analysts "
             "said the visit was meant as a message to Washington, which has criticised the deployment. ")
    edits = [story, story.replace("on Monday", "on Monday night"), story.replace("officials said", "officials told us")]
    lines = [json.dumps({"url": f"https://{site}.example/world/{n}", "title": "Bombers", "text": text,
                         "date": "2018-12-10", "language": "en"})
             for n, (site, text) in enumerate(zip(["wire", "daily", "herald"], edits, strict=True))]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n")
    warehouse = tmp_path / "w.duckdb"
    (result,) = news(str(warehouse), None, inputs=[str(path)])
    assert (result["received"], result["loaded"], result["duplicate"]) == (3, 1, 2)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select attention from stg_article").fetchall() == [(3,)]
        weights = con.execute("select distinct num_articles from fact_event where origin = 'text'").fetchall()
        assert weights == [(3,)]
        from flows.validate.warehouse_checks import run_checks

        assert all(ok for _, ok, _ in run_checks(con))  # support facts were refreshed for the new weight
    finally:
        con.close()
