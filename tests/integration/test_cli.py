"""Every `allywatch` command: success, --help, and a user mistake that gives one line and exit 2."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.gdelt_files import event_row, write_export, write_lists

runner = CliRunner()
COMMANDS = ["run", "gdelt", "news", "extract", "report", "quarantine", "validate", "status"]


def invoke(*args: str, input_text: str | None = None):
    return runner.invoke(app, list(args), input=input_text)


def assert_one_line_error(result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_help(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0 and "--" in result.output


def test_run_on_sample_prints_dyads_and_paths(prefect_backend: None, tmp_path: Path) -> None:
    result = invoke("run", "--warehouse", str(tmp_path / "w.duckdb"))
    assert result.exit_code == 0, result.output
    assert "RUS → VEN" in result.output and "pressure on VEN" in result.output
    assert "bundled sample, which is synthetic" in " ".join(result.output.split())
    # the answer first: the headline, before the tables, marked as the sample
    assert "The answer for Venezuela, as of 2025-12-28 (synthetic sample):" in result.output
    assert result.output.index("The answer for Venezuela") < result.output.index("RUS → VEN")
    assert re.search(r"- Russia → Venezuela, 2025 to 2025-12-28 \(partial year\): material support down \d+ %",
                     result.output)
    for label in ("warehouse:", "snapshot:", "parquet:", "report:"):
        assert label in result.output


def test_run_mistake_missing_source_dir(tmp_path: Path) -> None:
    assert_one_line_error(invoke("run", "--warehouse", str(tmp_path / "w.duckdb"), "--source-dir",
                                 str(tmp_path / "nope")), "is not a folder")


def test_gdelt_backfill_from_a_mirror(prefect_backend: None, tmp_path: Path) -> None:
    folder = tmp_path / "mirror"
    zips = [write_export(folder, "20250301000000", [event_row(1), event_row(2)]),
            write_export(folder, "20250301001500", [event_row(3)])]
    write_lists(folder, zips)
    warehouse = str(tmp_path / "w.duckdb")
    result = invoke("gdelt", "--warehouse", warehouse, "--source-dir", str(folder), "--since", "2025-03-01")
    assert result.exit_code == 0, result.output
    con = duckdb.connect(warehouse, read_only=True)
    assert con.execute("select count(*) from fact_event").fetchone()[0] == 3
    con.close()
    again = invoke("gdelt", "--warehouse", warehouse, "--source-dir", str(folder), "--since", "2025-03-01")
    assert again.exit_code == 0 and "no new batches" in again.output


@pytest.mark.parametrize(("args", "fragment"), [
    (["--since", "yesterday"], "bad timestamp"),
    (["--scope", "some"], "--scope must be"),
    (["--source-dir", "/nonexistent/mirror"], "is not a folder"),
])
def test_gdelt_mistakes(tmp_path: Path, args: list[str], fragment: str) -> None:
    assert_one_line_error(invoke("gdelt", "--warehouse", str(tmp_path / "w.duckdb"), *args), fragment)


def test_news_from_a_jsonl_file(prefect_backend: None, tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({
        "url": "https://example.org/a", "title": "Bombers", "date": "2018-12-10", "language": "en",
        "text": "Russia sent two strategic bombers to Venezuela on Monday, the Kremlin said."}) + "\n")
    warehouse = str(tmp_path / "w.duckdb")
    result = invoke("news", "--warehouse", warehouse, "--input", str(articles))
    assert result.exit_code == 0, result.output
    con = duckdb.connect(warehouse, read_only=True)
    assert con.execute("select count(*) from stg_article").fetchone()[0] == 1
    assert con.execute("select count(*) from fact_event where origin = 'text'").fetchone()[0] >= 1
    con.close()


def test_news_mistakes(tmp_path: Path) -> None:
    assert_one_line_error(invoke("news", "--warehouse", str(tmp_path / "w.duckdb")), "nothing to load")
    assert_one_line_error(invoke("news", "--input", str(tmp_path / "none.jsonl")), "input not found")


def test_extract_stdin_to_stdout() -> None:
    line = json.dumps({"id": "s1", "text": "China lent Venezuela $5 billion in 2018.", "language": "en"})
    result = invoke("extract", input_text=line + "\n")
    assert result.exit_code == 0, result.output
    events = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    assert events and events[0]["id"] == "s1" and events[0]["source"]["country"] == "CHN"


def test_extract_mistake_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(invoke("extract", "--input", str(tmp_path / "none.jsonl")), "input not found")


def test_read_commands_on_the_sample_warehouse(sample_run: dict, tmp_path: Path) -> None:
    warehouse = tmp_path / "copy.duckdb"
    shutil.copy(sample_run["warehouse"], warehouse)
    report = invoke("report", "--warehouse", str(warehouse), "--out", str(tmp_path / "r"))
    assert report.exit_code == 0 and (tmp_path / "r" / "allywatch_ven.html").exists()
    listing = invoke("quarantine", "--warehouse", str(warehouse), "--stage", "parse")
    assert listing.exit_code == 0 and "missing" in listing.output
    checks = invoke("validate", "--warehouse", str(warehouse))
    assert checks.exit_code == 0 and "ledger_reconciles" in checks.output
    patient = tmp_path / "patient.toml"
    patient.write_text("gdelt_stale_after_hours = 1000000.0\nnews_stale_after_hours = 1000000.0\n")
    status = invoke("status", "--warehouse", str(warehouse), "--config", str(patient))
    assert status.exit_code == 0 and "gdelt" in status.output and "rss" in status.output
    stale = invoke("status", "--warehouse", str(warehouse))  # the sample ends in December 2025
    assert stale.exit_code == 1 and "stale gdelt: newest loaded 2025-12-28" in stale.output


def test_validate_fails_on_a_broken_warehouse(sample_run: dict, tmp_path: Path) -> None:
    warehouse = tmp_path / "broken.duckdb"
    shutil.copy(sample_run["warehouse"], warehouse)
    con = duckdb.connect(str(warehouse))
    con.execute("update batch_ledger set loaded = loaded + 1 where source = 'gdelt' and loaded > 0 "
                "and batch_id = (select min(batch_id) from batch_ledger)")
    con.execute("insert into fact_event select * from fact_event limit 1")
    con.close()
    result = invoke("validate", "--warehouse", str(warehouse))
    assert result.exit_code == 1
    assert "FAIL ledger_reconciles" in result.output and "FAIL event_keys_unique" in result.output


@pytest.mark.parametrize("command", ["report", "quarantine", "validate", "status"])
def test_read_commands_name_a_missing_warehouse(command: str, tmp_path: Path) -> None:
    assert_one_line_error(invoke(command, "--warehouse", str(tmp_path / "none.duckdb")), "warehouse not found")


def test_report_mistake_bad_client(sample_run: dict) -> None:
    assert_one_line_error(invoke("report", "--warehouse", str(sample_run["warehouse"]), "--client", "VENEZUELA"),
                          "--client must be an ISO3 code")


def test_news_feeds_file_mistakes(tmp_path: Path) -> None:
    assert_one_line_error(invoke("news", "--feeds-file", str(tmp_path / "feeds.toml")), "feeds file not found")
    bad = tmp_path / "feeds.toml"
    bad.write_text("feeds = 3\n")
    assert_one_line_error(invoke("news", "--feeds-file", str(bad)), "needs feeds = [")


@pytest.mark.parametrize(("api_url", "expected"), [(None, None), ("http://127.0.0.1:4200/api", 180)])
def test_flow_heartbeats_only_against_a_lasting_server(api_url: str | None, expected: int | None) -> None:
    """On the temporary server the CLI's flow runs go without heartbeats (nobody watches them there)."""
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        get_current_settings,
        temporary_settings,
    )

    from flows.cli import flow_call

    with temporary_settings(updates={PREFECT_API_URL: api_url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: 180}):
        assert flow_call(lambda: get_current_settings().flows.heartbeat_frequency) == expected
