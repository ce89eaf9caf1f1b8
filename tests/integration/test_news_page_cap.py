"""A feed of more short items than max_page_fetches_per_feed: each run fetches at most the cap, the items
over it wait (quarantined, `pending` in fetch_log) and later runs fetch them; every item loads once."""
from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.readback import rows

ITEMS = 7
CAP = 3
PLACES = ["Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Maturin", "Cumana", "Merida"]
PATRONS = ["Russia", "China", "Cuba", "Iran", "Turkey", "Russia", "China"]


def _page(n: int) -> str:
    return (f"<html><head><title>Page {n}</title></head><body><article><h1>Page {n}</h1>"
            f"<p>{PATRONS[n]} sent engineers to {PLACES[n]} on day {n}, officials in the city said.</p>"
            f"<p>The team number {n} will repair the power plant of {PLACES[n]} within {n + 2} weeks.</p>"
            "</article></body></html>")



@pytest.fixture
def feed_server(httpserver: HTTPServer) -> HTTPServer:
    items = "".join(f"<item><title>Story {n}</title><link>{httpserver.url_for(f'/story/{n}')}</link>"
                    "<pubDate>Wed, 29 Oct 2025 08:00:00 GMT</pubDate><description>short</description></item>"
                    for n in range(ITEMS))
    # No ETag or Last-Modified: every run gets the same bytes again, the case where a loaded feed batch
    # must not spend the run's page fetches a second time.
    httpserver.expect_request("/feed.xml").respond_with_data(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><language>en</language>'
        f"{items}</channel></rss>", content_type="application/rss+xml")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    for n in range(ITEMS):
        httpserver.expect_request(f"/story/{n}").respond_with_data(_page(n), content_type="text/html; charset=utf-8")
    return httpserver


def test_pages_over_the_cap_wait_for_later_runs(prefect_backend: None, tmp_path: Path, feed_server: HTTPServer
                                                ) -> None:
    from flows.news_flow import news

    config = tmp_path / "allywatch.toml"
    config.write_text(f"politeness_seconds = 0.0\nhttp_retries = 1\nmax_page_fetches_per_feed = {CAP}\n")
    warehouse = tmp_path / "w.duckdb"
    feed = feed_server.url_for("/feed.xml")

    def page_requests() -> list[str]:
        return [r.path for r, _ in feed_server.log if r.path.startswith("/story/")]

    loaded_per_run, fetched_per_run = [], []
    for _ in range(3):
        before = len(page_requests())
        batches = news(str(warehouse), str(config), feeds=[feed])
        fetched_per_run.append(len(page_requests()) - before)
        loaded_per_run.append(sum(b["loaded"] for b in batches))
    assert fetched_per_run == [3, 3, 1] and loaded_per_run == [3, 3, 1]
    assert sorted(page_requests()) == [f"/story/{n}" for n in range(ITEMS)]  # each page fetched once
    stored = rows(warehouse, "select url, title, published::varchar, language from stg_article order by url")
    assert [r[0] for r in stored] == [feed_server.url_for(f"/story/{n}") for n in range(ITEMS)]
    # What the feed said of an item is kept while it waits: its title (the page says "Page n"), its date.
    assert [r[1:] for r in stored] == [(f"Story {n}", "2025-10-29", "en") for n in range(ITEMS)]
    ledger = rows(warehouse, "select received, loaded, quarantined, filtered, duplicate from batch_ledger")
    assert all(r[0] == r[1] + r[2] + r[3] + r[4] for r in ledger), ledger
    assert sum(r[1] for r in ledger) == ITEMS
    unresolved = rows(warehouse, "select count(*) from quarantine where resolved_at is null")
    assert unresolved == [(0,)]
    assert rows(warehouse, "select distinct status from fetch_log where kind = 'page'") == [("ok",)]


def test_the_cap_is_a_checked_setting(tmp_path: Path) -> None:
    from flows import UserError
    from flows.config import load_settings

    config = tmp_path / "allywatch.toml"
    config.write_text("max_page_fetches_per_feed = 0\n")
    with pytest.raises(UserError, match="'max_page_fetches_per_feed' must be at least 1"):
        load_settings(config)
