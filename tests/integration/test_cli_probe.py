"""Defects an adversarial probe found in the CLI: config values that crashed later, the warehouse key the
CLI ignored, writers that skipped the writer lock, a summary read after the lock was released, Ctrl-C
that did not exit 130, `status` during a run, and runs skipped on a busy warehouse that left no trace."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.gdelt_files import event_row, write_export, write_lists

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def one_line_error(result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], result.output


@pytest.mark.parametrize(("toml", "fragment"), [
    ("http_backoff_seconds = -1\n", "'http_backoff_seconds' must be 0 or more"),
    ("http_timeout_seconds = -5\n", "'http_timeout_seconds' must be greater than 0"),
    ("http_timeout_seconds = nan\n", "'http_timeout_seconds' must be a finite number"),
    ("max_body_bytes = -1\n", "'max_body_bytes' must be greater than 0"),
    ("clients = []\n", "'clients' is empty"),
    ('clients = ["VEN", "ven"]\n', "'clients' lists VEN more than once"),
    ('clients = "VEN"\n', "'clients' must be a list of ISO3 codes"),
    ('patrons = ["RUS", "CHN", "RUS"]\n', "'patrons' lists RUS more than once"),
    ("writer_wait_seconds = -3\n", "'writer_wait_seconds' must be 0 or more"),
])
def test_config_values_that_would_crash_later_are_refused_naming_the_key(tmp_path: Path, toml: str,
                                                                         fragment: str) -> None:
    config = tmp_path / "a.toml"
    config.write_text(toml)
    result = runner.invoke(app, ["status", "--config", str(config), "--warehouse", str(tmp_path / "w.duckdb")])
    one_line_error(result, fragment)
    assert str(config) in result.output


@pytest.mark.parametrize(("name", "value", "fragment"), [
    ("ALLYWATCH_HTTP_TIMEOUT_SECONDS", "nan", "must be a finite number"),
    ("ALLYWATCH_HTTP_TIMEOUT_SECONDS", "-5", "must be greater than 0"),
    ("ALLYWATCH_HTTP_BACKOFF_SECONDS", "-1", "must be 0 or more"),
    ("ALLYWATCH_MAX_BODY_BYTES", "-1", "must be greater than 0"),
    ("ALLYWATCH_CLIENTS", ",", "'clients' is empty"),
    ("ALLYWATCH_CLIENTS", "VEN,CUB,VEN", "'clients' lists VEN more than once"),
])
def test_environment_values_are_checked_like_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                                      value: str, fragment: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(name, value)
    result = runner.invoke(app, ["status", "--warehouse", str(tmp_path / "w.duckdb")])
    one_line_error(result, fragment)
    assert name in result.output


def test_warehouse_precedence_is_flag_then_environment_then_config_then_default(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ALLYWATCH_WAREHOUSE", raising=False)
    config = tmp_path / "a.toml"
    config.write_text(f'warehouse = "{tmp_path / "from_config.duckdb"}"\n')

    def named(*args: str) -> str:
        result = runner.invoke(app, ["status", *args])
        one_line_error(result, "warehouse not found")  # none of them exists: the message names the one chosen
        return result.output

    assert "allywatch.duckdb" in named()
    assert "from_config.duckdb" in named("--config", str(config))
    monkeypatch.setenv("ALLYWATCH_WAREHOUSE", str(tmp_path / "from_env.duckdb"))
    assert "from_env.duckdb" in named("--config", str(config))
    assert "from_flag.duckdb" in named("--config", str(config), "--warehouse", str(tmp_path / "from_flag.duckdb"))


def test_a_load_goes_to_the_config_files_warehouse(prefect_backend: None, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ALLYWATCH_WAREHOUSE", raising=False)
    folder = tmp_path / "mirror"
    write_lists(folder, [write_export(folder, "20250301000000", [event_row(1), event_row(2)])])
    config = tmp_path / "a.toml"
    config.write_text('warehouse = "data/configured.duckdb"\n')
    result = runner.invoke(app, ["gdelt", "--config", str(config), "--source-dir", str(folder),
                                 "--since", "2025-03-01"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "allywatch.duckdb").exists()
    con = duckdb.connect(str(tmp_path / "data" / "configured.duckdb"), read_only=True)
    assert con.execute("select count(*) from fact_event").fetchone()[0] == 2
    con.close()


HOLD_WAREHOUSE = """
import sys, time
from pathlib import Path
import duckdb
from flows.writer_lock import writer_lock
with writer_lock(Path(sys.argv[1]), 1):
    con = duckdb.connect(sys.argv[1])  # what a loading run does: the file is open read-write
    print('held', flush=True)
    time.sleep(float(sys.argv[2]))
    con.close()
"""


def hold_warehouse(warehouse: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WAREHOUSE, str(warehouse), str(seconds)],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert holder.stdout.readline().strip() == "held"
    return holder


@pytest.fixture
def loaded_warehouse(prefect_backend: None, tmp_path: Path) -> Path:
    """A warehouse holding one GDELT file with one quarantined row, and one article."""
    folder = tmp_path / "mirror"
    write_lists(folder, [write_export(folder, "20250301000000", [event_row(1), event_row(2, goldstein="99")])])
    articles = tmp_path / "a.jsonl"
    articles.write_text(json.dumps({"url": "https://example.org/a", "date": "2018-12-10", "language": "en",
                                    "text": "Russia sent two strategic bombers to Venezuela on Monday."}) + "\n")
    warehouse = tmp_path / "w.duckdb"
    for args in (["gdelt", "--source-dir", str(folder), "--since", "2025-03-01"], ["news", "--input", str(articles)]):
        result = runner.invoke(app, [*args, "--warehouse", str(warehouse)])
        assert result.exit_code == 0, result.output
    return warehouse


@pytest.mark.parametrize("command", [["recode"], ["quarantine", "--replay", "--batch", "BATCH"]])
def test_recode_and_replay_wait_for_the_writer_instead_of_failing(loaded_warehouse: Path, tmp_path: Path,
                                                                  command: list[str]) -> None:
    con = duckdb.connect(str(loaded_warehouse), read_only=True)
    batch = con.execute("select batch_id from batch_ledger where source = 'gdelt'").fetchone()[0]
    con.close()
    config = tmp_path / "wait.toml"
    config.write_text("writer_wait_seconds = 60\n")
    holder = hold_warehouse(loaded_warehouse, 3)
    started = time.monotonic()
    try:
        result = runner.invoke(app, [*[batch if part == "BATCH" else part for part in command],
                                     "--warehouse", str(loaded_warehouse), "--config", str(config)])
    finally:
        holder.wait(timeout=30)
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 2  # it waited for the holder to let go of the lock
    assert holder.returncode == 0


COMPETITOR = """
import fcntl, sys, time
import duckdb
lock = open(sys.argv[1] + '.lock', 'a+')
print('waiting', flush=True)
while True:  # until the run holds the lock
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        break
    fcntl.flock(lock, fcntl.LOCK_UN)
    time.sleep(0.02)
fcntl.flock(lock, fcntl.LOCK_EX)  # blocking: it gets the lock the moment the run lets go of it
con = duckdb.connect(sys.argv[1])
time.sleep(8)
con.close()
"""


def test_run_reads_its_summary_before_releasing_the_writer_lock(prefect_backend: None, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    first = runner.invoke(app, ["run", "--warehouse", str(warehouse)])  # the lock file and warehouse exist now
    assert first.exit_code == 0, first.output
    competitor = subprocess.Popen([sys.executable, "-c", COMPETITOR, str(warehouse.resolve())],
                                  stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert competitor.stdout.readline().strip() == "waiting"
        second = runner.invoke(app, ["run", "--warehouse", str(warehouse)])
    finally:
        competitor.wait(timeout=60)
    assert second.exit_code == 0, second.output
    assert "RUS → VEN" in second.output


def test_status_during_a_run_shows_the_published_snapshot(loaded_warehouse: Path) -> None:
    published = runner.invoke(app, ["run", "--warehouse", str(loaded_warehouse), "--input",
                                    str(loaded_warehouse.parent / "a.jsonl")])
    assert published.exit_code == 0, published.output
    assert "synthetic" not in published.output  # a run on given sources is not labelled as the sample
    holder = hold_warehouse(loaded_warehouse, 6)
    try:
        result = runner.invoke(app, ["status", "--warehouse", str(loaded_warehouse)])
    finally:
        holder.wait(timeout=30)
    assert "showing the snapshot published at" in result.output, result.output
    assert result.exit_code in (0, 1), result.output  # 1 only means stale, as without a run
    assert "gdelt" in result.output and "file" in result.output


def test_a_run_skipped_on_a_busy_warehouse_reaches_the_ledger(loaded_warehouse: Path, tmp_path: Path) -> None:
    config = tmp_path / "impatient.toml"
    config.write_text("writer_wait_seconds = 0.5\n")
    holder = hold_warehouse(loaded_warehouse, 4)
    try:
        skipped = runner.invoke(app, ["recode", "--warehouse", str(loaded_warehouse), "--config", str(config)])
    finally:
        holder.wait(timeout=30)
    one_line_error(skipped, "another allywatch run is writing")
    assert runner.invoke(app, ["recode", "--warehouse", str(loaded_warehouse)]).exit_code == 0  # the next writer
    con = duckdb.connect(str(loaded_warehouse), read_only=True)
    rows = con.execute("select item, status, received, loaded, error from batch_ledger where source = 'run'").fetchall()
    con.close()
    assert len(rows) == 1 and rows[0][1] == "skipped" and rows[0][2] == rows[0][3] == 0, rows
    assert "recode" in rows[0][0] and "writer lock" in rows[0][4]
    status = runner.invoke(app, ["status", "--warehouse", str(loaded_warehouse)])
    assert "1 run(s) skipped on a busy warehouse" in status.output, status.output


@pytest.mark.parametrize("after_seconds", [4.0, 9.0])  # in the GDELT load, then in the news load or marts
def test_ctrl_c_exits_130_with_one_line(prefect_api_url: str, tmp_path: Path, after_seconds: float) -> None:
    env = {**os.environ, "PREFECT_API_URL": prefect_api_url}
    run = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--warehouse", str(tmp_path / "w.duckdb")],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(after_seconds)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=120)
    # 130, or death by SIGINT (-2) when CPython ends itself that way after an interrupt it saw unhandled
    # somewhere inside a library: a shell reports both as 130. Never 0 or 1.
    assert run.returncode in (130, -signal.SIGINT), stderr[-2000:]
    assert "Traceback" not in stderr and stderr.strip().splitlines()[-1] == "error: interrupted", stderr[-2000:]
