"""Ledger and quarantine state across runs: a failed ledger write leaves the connection usable, a
rejected news batch is settled like a GDELT one, and a recode keeps undated articles' days and
quarantines what newly fails."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from flows.batch import BatchResult
from flows.collect.articles import batch_from_input_file
from flows.config import Settings
from flows.db import utc_now
from flows.load.ledger import record_failure
from flows.load.recode import recode
from flows.load.text_load import load_articles, load_news_batch
from flows.prepare import prepared_warehouse

TEXT = ("Russia delivered fighter jets and air defence systems to Venezuela, the defence ministry in "
        "Caracas said on Tuesday, calling the shipment a sign of a lasting partnership.")


def write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def test_a_failed_ledger_write_is_rolled_back_and_the_next_load_goes_on(tmp_path: Path) -> None:
    settings = Settings(warehouse=tmp_path / "w.duckdb", landing_dir=tmp_path / "landing")
    source = write_jsonl(tmp_path / "ok.jsonl", [{"url": "https://example.org/a", "text": TEXT,
                                                   "date": "2025-05-02", "language": "en"}])
    with prepared_warehouse(settings) as con:
        # A row the ledger refuses (item is NOT NULL): the write fails inside record_failure.
        refused = BatchResult("file:broken", "file", None, "failed", error="unreadable")  # type: ignore[arg-type]
        with pytest.raises(duckdb.ConstraintException):
            record_failure(con, refused, 3, item_md5=None, item_time=None, started_at=utc_now(), flow_run_id=None)
        result = load_news_batch(con, batch_from_input_file(source, settings.landing), settings)
        stored = con.execute("select batch_id, status from batch_ledger order by batch_id").fetchall()
    assert result.status == "loaded" and result.loaded == 1
    assert stored == [(result.batch_id, "loaded")]  # nothing of the refused write is left


def ledger_row(warehouse: Path, batch_prefix: str) -> tuple:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("select status, attempts, (select count(*) from validation_result v where v.scope = "
                           "b.batch_id and v.suite = 'stg_article') from batch_ledger b where batch_id like ?",
                           [batch_prefix + "%"]).fetchone()
    finally:
        con.close()


def test_a_rejected_news_batch_is_settled_and_not_validated_again(prefect_backend: None, tmp_path: Path) -> None:
    from flows.news_flow import news

    warehouse = tmp_path / "w.duckdb"
    # Every article is dated in the future: the failing share rejects the whole batch.
    source = write_jsonl(tmp_path / "future.jsonl", [
        {"url": f"https://example.org/future/{n}", "text": f"{TEXT} Report {n}.", "date": f"2999-01-0{n}",
         "language": "en"} for n in range(1, 4)])
    first = news(str(warehouse), inputs=[str(source)])
    assert [(b["status"], b["received"], b["quarantined"]) for b in first] == [("rejected", 3, 3)]
    assert ledger_row(warehouse, "file:future.jsonl") == ("rejected", 1, 1)
    second = news(str(warehouse), inputs=[str(source)])
    assert second == []  # the same bytes are the same, settled batch: not read, validated or counted again
    assert ledger_row(warehouse, "file:future.jsonl") == ("rejected", 1, 1)


def text_event_days(con: duckdb.DuckDBPyConnection) -> list[int]:
    return [r[0] for r in con.execute("select date_key from fact_event where origin = 'text' order by 1").fetchall()]


def test_an_undated_article_keeps_the_day_it_was_first_seen_through_a_recode(tmp_path: Path) -> None:
    settings = Settings(warehouse=tmp_path / "w.duckdb", landing_dir=tmp_path / "landing")
    source = write_jsonl(tmp_path / "undated.jsonl", [{
        "url": "https://example.org/undated", "language": "en",
        "text": "Russia delivered fighter jets to Venezuela, the ministry said."}])
    seen = datetime(2025, 5, 2, 9, 30)  # the load ran on that day; the recode runs today
    with prepared_warehouse(settings) as con:
        con.execute("begin transaction")
        load_articles(con, batch_from_input_file(source, settings.landing), settings, seen, 0.05)
        con.execute("commit")
        first = text_event_days(con)
        recoded = recode(con)
        after = text_event_days(con)
    assert first == [20250502]
    assert recoded.articles == 1 and recoded.events_after == 1
    assert after == first  # was the day of the recode


def test_a_recoded_event_failing_at_a_used_row_is_quarantined(tmp_path: Path) -> None:
    settings = Settings(warehouse=tmp_path / "w.duckdb", landing_dir=tmp_path / "landing")
    # Each text codes one event dated in the future (event_date_in_range fails), at row 1 of its batch.
    source = write_jsonl(tmp_path / "a.jsonl", [{
        "url": "https://example.org/jets", "date": "2025-05-02", "language": "en",
        "text": "Russia delivered fighter jets to Venezuela on 10 May 2099."}])
    query = ("select json_extract_string(record, '$.source_code'), json_extract_string(record, '$.cameo'), "
             "expectation from quarantine where stage = 'text_event' order by all")
    with prepared_warehouse(settings) as con:
        result = load_news_batch(con, batch_from_input_file(source, settings.landing), settings)
        assert (result.events_coded, result.events_loaded) == (1, 0)
        assert con.execute(query).fetchall() == [("RUSGOV", "072", "text_event.event_date_in_range")]
        # A recode that codes another event at the same row (a changed text stands in for a new coder).
        con.execute("update stg_article set text = 'China sent humanitarian aid to Venezuela on 3 June 2098.'")
        recode(con)
        rows = con.execute(query).fetchall()
    failed = "text_event.event_date_in_range"
    assert rows == [("CHNGOV", "073", failed), ("RUSGOV", "072", failed)]  # the CHN event was not kept before
