"""A GDELT mirror that trickles one file, through the CLI: the file fails alone at its deadline, the others
load, and the writer lock is free while files download."""
from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner
from werkzeug import Response

from flows.cli import app
from tests.gdelt_files import event_row, write_export, write_lists

STAMPS = ["20250301000000", "20250301001500", "20250301003000", "20250301004500"]
SLOW = f"{STAMPS[1]}.export.CSV.zip"
ROOT = Path(__file__).resolve().parents[2]
PROBE = ("import sys; from pathlib import Path; from flows.writer_lock import WarehouseBusy, writer_lock\n"
         "try:\n    with writer_lock(Path(sys.argv[1]), 0):\n        print('taken')\n"
         "except WarehouseBusy:\n    print('busy')\n")


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    """A threaded loopback server, so a trickling response never queues the other files behind it."""
    http = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    http.start()
    try:
        yield http
    finally:
        http.clear()
        http.stop()


def probe_writer_lock(warehouse: Path) -> str:
    """Whether another process can take the writer lock now: 'taken' or 'busy'."""
    done = subprocess.run([sys.executable, "-c", PROBE, str(warehouse)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    return done.stdout.strip() or done.stderr[-500:]


def serve_mirror(httpserver: HTTPServer, folder: Path, slow_body) -> str:
    for path in folder.iterdir():
        if path.name != SLOW:
            httpserver.expect_request(f"/gdeltv2/{path.name}").respond_with_data(path.read_bytes())
    data = (folder / SLOW).read_bytes()
    httpserver.expect_request(f"/gdeltv2/{SLOW}").respond_with_handler(
        lambda _request: Response(slow_body(data), headers={"Content-Length": str(len(data))}))
    return httpserver.url_for("/gdeltv2/")


def build_mirror(folder: Path) -> None:
    write_lists(folder, [write_export(folder, stamp, [event_row(100 * n + i, url=f"https://n{i}.example.com/{n}")
                                                      for i in range(5)])
                         for n, stamp in enumerate(STAMPS)])


def config(tmp_path: Path, **values: float) -> str:
    settings = {"http_retries": 2, "http_backoff_seconds": 0.01, "http_timeout_seconds": 2.0,
                "writer_wait_seconds": 30.0, **values}
    path = tmp_path / "allywatch.toml"
    path.write_text("".join(f"{key} = {value}\n" for key, value in settings.items()))
    return str(path)


def ledger(warehouse: Path) -> dict[str, tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {r[0]: r[1:] for r in con.execute("select item, status, loaded, error from batch_ledger").fetchall()}
    finally:
        con.close()


def fact_events(warehouse: Path) -> int:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("select count(*) from fact_event").fetchone()[0]
    finally:
        con.close()


def test_a_trickled_file_fails_alone_at_its_deadline_without_holding_the_writer_lock(
        prefect_backend: None, tmp_path: Path, server: HTTPServer) -> None:
    warehouse, probes, served = tmp_path / "w.duckdb", [], []

    def slow_body(data: bytes) -> Iterator[bytes]:
        began = time.monotonic()
        try:
            yield data[:4]
            probes.append(probe_writer_lock(warehouse))  # while this file is downloading
            for i in range(4, len(data), 4):  # the rest at 8 bytes/s: over half a minute, every read within 2 s
                time.sleep(0.5)
                yield data[i:i + 4]
        finally:  # the client hung up (or the whole file went out)
            served.append(time.monotonic() - began)

    mirror = tmp_path / "mirror"
    build_mirror(mirror)
    base = serve_mirror(server, mirror, slow_body)
    # a read timeout longer than the lock probe takes, so only the deadline can end this download
    conf = config(tmp_path, http_download_deadline_seconds=4.0, http_min_bytes_per_second=0, http_timeout_seconds=10.0)
    assert len((mirror / SLOW).read_bytes()) > 4 * 2 * 30
    result = CliRunner().invoke(app, ["gdelt", "--warehouse", str(warehouse), "--config", conf, "--base-url", base,
                                      "--since", "2025-03-01"])
    assert result.exit_code == 0, result.output
    assert probes == ["taken"], served
    rows = ledger(warehouse)
    assert {item: row[:2] for item, row in rows.items()} == {
        f"{s}.export.CSV.zip": ("failed", 0) if s == STAMPS[1] else ("loaded", 5) for s in STAMPS}
    error = rows[SLOW][2]
    assert "not finished within 4 s (http_download_deadline_seconds)" in error and "\n" not in error
    assert fact_events(warehouse) == 15
    assert len(served) == 1 and served[0] < 15  # the download was given up at its deadline, not sent whole


def test_files_landed_before_a_fetch_task_times_out_still_load(prefect_backend: None, tmp_path: Path,
                                                               server: HTTPServer,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The fetch task's own timeout (1 h in production, 3 s here) ends the fetch during the trickle: the
    file fetched before it loads, the ones not reached stay pending without a ledger row."""
    from flows import gdelt_flow

    def slow_body(data: bytes) -> Iterator[bytes]:
        for i in range(0, len(data), 4):
            yield data[i:i + 4]
            time.sleep(0.25)

    mirror = tmp_path / "mirror"
    build_mirror(mirror)
    base = serve_mirror(server, mirror, slow_body)
    monkeypatch.setattr(gdelt_flow, "fetch_gdelt", gdelt_flow.fetch_gdelt.with_options(timeout_seconds=3))
    warehouse, conf = tmp_path / "w.duckdb", config(tmp_path, http_min_bytes_per_second=0)
    result = CliRunner().invoke(app, ["gdelt", "--warehouse", str(warehouse), "--config", conf, "--base-url", base,
                                      "--since", "2025-03-01"])
    assert result.exit_code == 0, result.output
    assert {item: row[:2] for item, row in ledger(warehouse).items()} == {f"{STAMPS[0]}.export.CSV.zip": ("loaded", 5)}
    assert fact_events(warehouse) == 5
