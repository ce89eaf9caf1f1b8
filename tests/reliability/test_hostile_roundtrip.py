"""Hostile strings through the whole pipeline: SQL in feed titles, links, GDELT actor codes and URLs comes
back verbatim from the warehouse and the BI snapshot; markup in an article is stored as text and escaped in
the HTML report.

Not repeated here: test_report.py escapes a hostile event written straight into the warehouse; this file
adds the path from a feed to that report. test_news_flow.py and tests/unit cover hostile XML and URLs
that must not be fetched.
"""
from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from pytest_httpserver import HTTPServer

from tests.gdelt_files import event_row, write_export, write_lists
from tests.reliability.harness import query, write_config

SQL = "'); drop table fact_event; --"
SCRIPT = "<script>alert(1)</script>"
STORY = (f"<p>Russia sent two {escape(SCRIPT)} bombers to Venezuela on Monday in a show of support, officials "
         "said.</p><script>steal(document.cookie)</script><p>The aircraft landed at the main airport after a long "
         f"flight over the Atlantic. Its crew called the mission {escape(SQL)} in their radio calls.</p>")


def rss(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
                   f"<pubDate>Thu, 30 Oct 2025 08:00:00 GMT</pubDate><description>{escape(d)}</description></item>"
                   for t, link, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><language>en</language>{body}' \
           "</channel></rss>"


def hostile_gdelt(folder: Path) -> None:
    row = event_row(77, day="20251029", url=f"https://gdelt.example.com/a?q={SQL}").split("\t")
    row[5] = row[6] = SQL  # Actor1Code and Actor1Name; Actor1CountryCode stays RUS
    write_lists(folder, [write_export(folder, "20251030000000", ["\t".join(row), event_row(78, day="20251029")])])


def test_sql_and_markup_round_trip_verbatim_and_are_escaped_in_the_report(prefect_backend: None, tmp_path: Path,
                                                                         httpserver: HTTPServer) -> None:
    from flows.pipelines import pipeline

    link = httpserver.url_for(f"/world/{SQL}")
    httpserver.expect_request("/feeds/hostile.xml").respond_with_data(
        rss([(f"Bombers {SQL} {SCRIPT}", link, STORY)]), content_type="application/rss+xml")
    hostile_gdelt(tmp_path / "mirror")
    warehouse = tmp_path / "allywatch.duckdb"
    config = write_config(tmp_path, min_feed_text_chars=20, politeness_seconds=0.0)
    result = pipeline(str(warehouse), str(config), source_dir=str(tmp_path / "mirror"),
                      feeds=[httpserver.url_for("/feeds/hostile.xml")])
    assert {b["status"] for b in result["batches"]} == {"loaded"}

    (title, url, text), = query(warehouse, "select title, url, text from stg_article")
    assert (title, url) == (f"Bombers {SQL} {SCRIPT}", link)
    assert SCRIPT in text and SQL in text and "steal(" not in text  # escaped markup is text; a script element is not
    text_events = query(warehouse, "select source_url, evidence from fact_event where origin = 'text'")
    assert (link, f"sent two {SCRIPT} bombers to Venezuela") in text_events
    assert query(warehouse, "select source_url from fact_event where gdelt_event_id = 77") == [
        (f"https://gdelt.example.com/a?q={SQL}",)]
    assert query(warehouse, "select name from dim_actor where actor_code = ?", [SQL]) == [("Russia (GOV)",)]
    snapshot = Path(result["paths"]["snapshot"])  # what BI tools read carries the same strings
    assert query(snapshot, "select name from dim_actor where actor_code = ?", [SQL]) == [("Russia (GOV)",)]
    assert query(snapshot, "select count(*) from fact_event") == query(warehouse, "select count(*) from fact_event")

    page = Path(result["paths"]["report"]).read_text(encoding="utf-8")
    assert "<script" not in page and "steal(" not in page
    assert "sent two &lt;script&gt;alert(1)&lt;/script&gt; bombers to Venezuela" in page
    links = re.findall(r'href="([^"]*)"', page)
    assert any("drop table fact_event" in href or "drop%20table" in href for href in links), links
    assert all("<" not in href and '"' not in href for href in links)


def test_a_feed_link_with_an_impossible_port_fails_only_its_page(prefect_backend: None, tmp_path: Path,
                                                                   httpserver: HTTPServer) -> None:
    from flows.news_flow import news

    long_text = "<p>" + "Russia sent two strategic bombers to Venezuela on Monday, officials said. " * 8 + "</p>"
    httpserver.expect_request("/feeds/ports.xml").respond_with_data(rss([
        ("fine", httpserver.url_for("/world/fine"), long_text), ("short", "http://127.0.0.1:99999/x", "short")]))
    config = write_config(tmp_path, politeness_seconds=0.0, max_attempts=2)
    (batch,) = news(str(tmp_path / "w.duckdb"), str(config), feeds=[httpserver.url_for("/feeds/ports.xml")])
    assert (batch["received"], batch["loaded"], batch["quarantined"]) == (2, 1, 1)
