"""Checks that can fail, through the CLI on real warehouses: `allywatch validate` holds the ledger
against the rows the warehouse stored for each batch, and runs every suite over the stored rows."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.gdelt_files import event_row, write_export, write_lists
from tests.readback import rows

runner = CliRunner()
DAY = "2019-03-14"
STORIES = [
    "Germany lent Ukraine 500 million euros for its gas storage, the ministry in Berlin said.",
    "China lent Venezuela $5 billion for oil projects, the finance ministry in Caracas said.",
    "Russia sent two bombers to Venezuela on Monday, officials in Caracas said.",
]


@pytest.fixture(scope="module")
def news_warehouse(prefect_backend: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse loaded by `allywatch news` from one input file (one batch, events with amounts)."""
    folder = tmp_path_factory.mktemp("news-checks")
    inputs = folder / "inputs"
    inputs.mkdir()
    (inputs / "stories.jsonl").write_text("".join(
        json.dumps({"url": f"https://s{n}.example/a", "title": f"s{n}", "text": text, "date": DAY,
                    "language": "en"}) + "\n" for n, text in enumerate(STORIES)))
    warehouse = folder / "w.duckdb"
    result = runner.invoke(app, ["news", "--warehouse", str(warehouse), "--input", str(inputs)])
    assert result.exit_code == 0, result.output
    return warehouse


def validate(warehouse: Path, tmp_path: Path):
    config = tmp_path / "a.toml"
    config.write_text(f'data_docs_dir = "{tmp_path / "docs"}"\n')
    return runner.invoke(app, ["validate", "--warehouse", str(warehouse), "--config", str(config)])


def test_validate_runs_every_suite_over_stored_text_events_with_amounts(news_warehouse: Path,
                                                                       tmp_path: Path) -> None:
    assert rows(news_warehouse, "select count(*) from fact_event where amount_original is not null")[0][0] >= 1
    result = validate(news_warehouse, tmp_path)
    assert result.exit_code == 0, result.output
    assert "ok   suite text_event" in result.output


@pytest.mark.parametrize(("change", "table"), [
    ("delete from stg_article where article_key = (select min(article_key) from stg_article)", "stg_article"),
    ("update batch_ledger set events_coded = events_coded + 1, events_loaded = events_loaded + 1", "fact_event"),
    ("update batch_ledger set loaded = loaded - 1, duplicate = duplicate + 1", "stg_article"),
])
def test_validate_holds_the_news_ledger_against_the_stored_rows(news_warehouse: Path, tmp_path: Path,
                                                                change: str, table: str) -> None:
    broken = tmp_path / "broken.duckdb"
    shutil.copy(news_warehouse, broken)
    con = duckdb.connect(str(broken))
    try:
        (source, received, loaded, events), = con.execute(
            "select source, received, loaded, events_loaded from batch_ledger").fetchall()
        assert source != "gdelt" and received == 3 and loaded == 3 and events >= 2  # the news batch, as loaded
        con.execute(change)
    finally:
        con.close()
    result = validate(broken, tmp_path)
    # The ledger still adds up (ledger_reconciles cannot see it); only the count of stored rows differs.
    assert "ok   ledger_reconciles" in result.output, (table, result.output)
    assert result.exit_code == 1 and "FAIL ledger_matches_stored: 1 offending rows" in result.output, result.output


def gdelt(warehouse: Path, mirror: Path):
    return runner.invoke(app, ["gdelt", "--warehouse", str(warehouse), "--source-dir", str(mirror),
                               "--since", "2025-03-01"])


def test_the_support_gate_rolls_back_a_group_whose_daily_facts_disagree_with_fact_event(
        prefect_backend: None, tmp_path: Path) -> None:
    mirror, warehouse = tmp_path / "mirror", tmp_path / "w.duckdb"
    first = write_export(mirror, "20250301000000", [event_row(i, url=f"https://a{i}.example/x") for i in (1, 2, 3)])
    write_lists(mirror, [first])
    result = gdelt(warehouse, mirror)
    assert result.exit_code == 0, result.output
    # The gate ran on the real load, beside the recomputation, and passed.
    (success, expectations), = rows(warehouse, "select success, expectations from validation_result "
                                               "where suite = 'fact_support_daily'")
    assert success and "fact_support_daily.events_match_fact_event" in expectations
    key = "date_key = 20250301 and patron_iso3 = 'RUS' and client_iso3 = 'VEN' and origin = 'gdelt'"
    assert rows(warehouse, f"select sum(events) from fact_support_daily where {key}") == [(3,)]
    # A stored daily fact goes wrong (one event too many); the next group adds its events to that row.
    con = duckdb.connect(str(warehouse))
    try:
        con.execute(f"update fact_support_daily set events = events + 1 where {key}")
    finally:
        con.close()
    second = write_export(mirror, "20250301001500", [event_row(i, url=f"https://b{i}.example/x") for i in (4, 5)])
    write_lists(mirror, [first, second])
    result = gdelt(warehouse, mirror)
    assert result.exit_code == 1, result.output  # its one batch failed: recorded, and the run says so
    (status, error), = rows(warehouse, "select status, error from batch_ledger where item = ?", [second.name])
    assert status == "failed" and "fact_support_daily.events_match_fact_event" in error, (status, error)
    # Rolled back whole: no event or daily fact of the second file; the wrong row as it was.
    assert rows(warehouse, "select count(*) from fact_event") == [(3,)]
    assert rows(warehouse, f"select sum(events) from fact_support_daily where {key}") == [(4,)]
    assert rows(warehouse, "select count(*) from validation_result where suite = 'fact_support_daily'") == [(1,)]
