"""Published files outside the marts flow (`allywatch report`, the Data Docs of `allywatch validate`) follow
the snapshot's discipline: written under the writer lock, to a temp name with the process id, and the
leftovers of a killed publish are swept by the next one."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.config import Settings
from flows.prepare import prepared_warehouse

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()

# Another run's writer: it holds only the writer lock, so the warehouse file itself stays readable.
HOLD_LOCK = """
import sys, time
from pathlib import Path
from flows.writer_lock import writer_lock
with writer_lock(Path(sys.argv[1]), 1):
    print('held', flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(warehouse: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(warehouse), str(seconds)],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert holder.stdout.readline().strip() == "held"
    return holder


@pytest.mark.parametrize(("command", "folder", "page"), [("report", "reports", "allywatch_ven.html"),
                                                          ("validate", "data_docs", "index.html")])
def test_a_published_file_waits_for_the_writer_lock_and_sweeps_killed_temps(
        tmp_path: Path, command: str, folder: str, page: str) -> None:
    warehouse = tmp_path / "w.duckdb"
    with prepared_warehouse(Settings(warehouse=warehouse)):
        pass
    config = tmp_path / "impatient.toml"
    config.write_text("writer_wait_seconds = 0.5\n")
    holder = hold_lock(warehouse, 5)
    try:
        busy = runner.invoke(app, [command, "--warehouse", str(warehouse), "--config", str(config)])
    finally:
        holder.wait(timeout=30)
    assert busy.exit_code == 2 and "another allywatch run is writing" in busy.output, busy.output
    assert not (tmp_path / folder).exists()  # nothing was published while another run held the lock

    (tmp_path / folder).mkdir()
    leftover = tmp_path / folder / f".{page}.4242.tmp"  # what a publish killed before its rename leaves
    leftover.write_text("half a page", encoding="utf-8")
    done = runner.invoke(app, [command, "--warehouse", str(warehouse)])
    assert done.exit_code in (0, 1), done.output  # validate exits 1 when a check fails; the page is written
    assert (tmp_path / folder / page).read_text(encoding="utf-8").startswith("<!doctype html>")
    assert sorted(p.name for p in (tmp_path / folder).iterdir() if p.name.startswith(".")) == []
