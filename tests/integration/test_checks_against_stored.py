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

