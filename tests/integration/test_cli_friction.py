"""The CLI as a person meets it: every load publishes, one-line errors with honest exit codes, listings
whose ids and timestamps can be copied, --format for scripts, --version. One small warehouse (a GDELT
file with a line DuckDB cannot parse, and an article) is built through the CLI once for the module."""
from __future__ import annotations

import csv
import io
import json
import logging
import os
import subprocess
import sys
import warnings
from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows import __version__
from flows.cli import app
from tests.gdelt_files import event_row, write_export, write_lists

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def invoke(*args: str, input_text: str | None = None):
    return runner.invoke(app, list(args), input=input_text)


def one_line_error(result, fragment: str, code: int = 2) -> None:
    assert result.exit_code == code, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-1].startswith("error: ") and fragment in lines[-1], result.output
    assert "Traceback" not in result.output


class RecordingHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def built(prefect_backend: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("friction")
    mirror = folder / "mirror"
    short_line = event_row(3, columns=60)  # one column short: DuckDB rejects it while parsing
    out_of_range = event_row(4, goldstein="99")  # fails an expectation: quarantined, and replayable
    good = [event_row(i) for i in range(10, 40)]  # enough that two bad rows stay under the rejection share
    write_lists(mirror, [write_export(mirror, "20250301000000", [*good, short_line, out_of_range])])
    articles = folder / "a.jsonl"
    articles.write_text(json.dumps({"url": "https://example.org/a", "date": "2018-12-10", "language": "en",
                                    "text": "Russia sent two strategic bombers to Venezuela on Monday."}) + "\n")
    warehouse = folder / "w.duckdb"
    # Prefect hands warnings to logging (py.warnings), where the GX regex warning used to show in every run.
    heard = RecordingHandler()
    logging.getLogger("py.warnings").addHandler(heard)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", UserWarning)  # the regex warning each time it is raised
            gdelt = invoke("gdelt", "--warehouse", str(warehouse), "--source-dir", str(mirror),
                           "--since", "2025-03-01")
            news = invoke("news", "--warehouse", str(warehouse), "--input", str(articles))
    finally:
        logging.getLogger("py.warnings").removeHandler(heard)
    assert gdelt.exit_code == 0 and news.exit_code == 0, gdelt.output + news.output
    return {"warehouse": warehouse, "folder": folder, "gdelt": gdelt.output, "news": news.output,
            "warnings": heard.messages}


def published_at(folder: Path) -> datetime:
    con = duckdb.connect(str(folder / "w_bi.duckdb"), read_only=True)
    try:
        return con.execute("select published_at from publication").fetchone()[0]
    finally:
        con.close()


def test_gdelt_and_news_publish_and_name_parse_rejects(built: dict) -> None:
    for output in (built["gdelt"], built["news"]):
        assert "published snapshot:" in output and "published report:" in output
        # the answer, read from the fresh snapshot; this warehouse holds no file of the bundled sample
        assert "The answer for Venezuela, as of " in output and "(synthetic sample)" not in output, output
    assert (built["folder"] / "w_bi.duckdb").exists() and (built["folder"] / "reports" / "allywatch_ven.html").exists()
    con = duckdb.connect(str(built["folder"] / "w_bi.duckdb"), read_only=True)
    try:  # the snapshot holds the article the news run loaded after the GDELT run
        assert con.execute("select count(*) from fact_event where origin = 'text'").fetchone()[0] >= 1
    finally:
        con.close()
    detail = [line for line in built["gdelt"].splitlines() if "20250301000000.export.CSV.zip" in line]
    assert len(detail) == 1 and "loaded, 2 of 32 rows quarantined: " in detail[0]
    assert "parse:missing_columns (1)" in detail[0] and "goldstein_in_range (1)" in detail[0]
    assert not [w for w in built["warnings"] if "interpreted as a regular expression" in w]


def test_publish_recode_and_replay_publish(built: dict) -> None:
    warehouse, times = str(built["warehouse"]), [published_at(built["folder"])]
    published = invoke("publish", "--warehouse", warehouse)
    assert published.exit_code == 0 and "published snapshot:" in published.output, published.output
    assert "The answer for Venezuela, as of " in published.output
    times.append(published_at(built["folder"]))
    recoded = invoke("recode", "--warehouse", warehouse)
    assert recoded.exit_code == 0 and "published snapshot:" in recoded.output, recoded.output
    assert "The answer for Venezuela, as of " in recoded.output
    times.append(published_at(built["folder"]))
    listed = json.loads(invoke("quarantine", "--warehouse", warehouse, "--format", "json").output)["quarantine"]
    batch = next(row for row in listed if row["stage"] == "raw_gdelt")
    replayed = invoke("quarantine", "--warehouse", warehouse, "--replay", "--batch", batch["batch_id"])
    assert replayed.exit_code == 0 and "published snapshot:" in replayed.output, replayed.output
    assert "The answer for Venezuela, as of " in replayed.output
    times.append(published_at(built["folder"]))
    assert times == sorted(set(times)), times  # each command wrote a new snapshot


def test_quarantine_lists_whole_ids_in_every_format(built: dict) -> None:
    con = duckdb.connect(str(built["warehouse"]), read_only=True)
    stored = con.execute("select batch_id, reason from quarantine where stage = 'parse'").fetchall()
    con.close()
    assert len(stored) == 1 and len(stored[0][0]) > 40
    base = ["quarantine", "--warehouse", str(built["warehouse"]), "--stage", "parse"]
    table = invoke(*base)
    assert table.exit_code == 0 and any(stored[0][0] in line for line in table.output.splitlines())
    as_json = json.loads(invoke(*base, "--format", "json").output)["quarantine"]
    assert [(r["batch_id"], r["reason"]) for r in as_json] == stored
    rows = list(csv.DictReader(io.StringIO(invoke(*base, "--format", "csv").output)))
    assert [(r["batch_id"], r["reason"]) for r in rows] == stored
    assert invoke(*base, "--format", "xml").exit_code == 2


def test_status_shows_whole_timestamps_in_every_format(built: dict, tmp_path: Path) -> None:
    patient = tmp_path / "patient.toml"
    patient.write_text("gdelt_stale_after_hours = 1000000.0\nnews_stale_after_hours = 1000000.0\n")
    base = ["status", "--warehouse", str(built["warehouse"]), "--config", str(patient)]
    con = duckdb.connect(str(built["warehouse"]), read_only=True)
    last = con.execute("select max(finished_at) from batch_ledger where source = 'gdelt'").fetchone()[0]
    con.close()
    table = invoke(*base)
    assert table.exit_code == 0 and last.isoformat(sep=" ", timespec="seconds") in table.output, table.output
    sources = json.loads(invoke(*base, "--format", "json").output)["sources"]
    assert [s["last_batch_at"] for s in sources if s["source"] == "gdelt"] == [last.isoformat()]
    rows = list(csv.DictReader(io.StringIO(invoke(*base, "--format", "csv").output)))
    assert {r["source"] for r in rows} == {s["source"] for s in sources}


def test_refusals_are_one_line_with_exit_2(built: dict, tmp_path: Path) -> None:
    warehouse = str(built["warehouse"])
    one_line_error(invoke("gdelt", "--warehouse", str(tmp_path / "n.duckdb"), "--since", "2020-01-01",
                          "--until", "2019-01-01"), "is after --until")
    for client in ("IRN", "XYZ"):
        one_line_error(invoke("report", "--warehouse", warehouse, "--client", client), "not a configured client")
    for value, fragment in (('"VEN"', "must be a list"), ("[]", "is empty")):
        config = tmp_path / "c.toml"
        config.write_text(f"clients = {value}\n")
        one_line_error(invoke("report", "--warehouse", warehouse, "--config", str(config)), fragment)
    assert not (tmp_path / "n.duckdb").exists()
    assert invoke("news", "--feed", "a.xml", "b.xml").exit_code == 2  # the repeat form is the documented one


def test_exit_1_when_every_source_or_line_failed(built: dict, tmp_path: Path) -> None:
    extract = invoke("extract", input_text='not json\n{"x": 1}\n')
    assert extract.exit_code == 1 and "error: every input line was bad (2)" in extract.output
    assert invoke("extract", input_text='{"id": "a", "text": "Russia sent bombers to Venezuela."}\nnope\n'
                  ).exit_code == 0
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel><item>cut")
    news = invoke("news", "--warehouse", str(tmp_path / "n.duckdb"), "--feed", str(broken))
    one_line_error(news, "every source of this run failed", code=1)


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.output.strip() == f"allywatch {__version__}"


def test_a_failed_flow_prints_no_traceback_and_leaves_no_warehouse(prefect_api_url: str, tmp_path: Path) -> None:
    """In a real process: Prefect's console logging is where the traceback came from (`--debug` keeps it,
    not tested here to save a process start)."""
    (tmp_path / "empty").mkdir()
    env = {**os.environ, "PREFECT_API_URL": prefect_api_url}
    base = [sys.executable, "-m", "flows.cli"]
    args = ["gdelt", "--warehouse", str(tmp_path / "w.duckdb"), "--source-dir", str(tmp_path / "empty")]
    quiet = subprocess.run([*base, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert quiet.returncode == 2, quiet.stderr
    assert "Traceback" not in quiet.stderr and quiet.stderr.strip().splitlines()[-1].startswith("error: ")
    assert "lastupdate.txt not found" in quiet.stderr.strip().splitlines()[-1]
    assert not (tmp_path / "w.duckdb").exists() and not (tmp_path / "w.duckdb.wal").exists()
