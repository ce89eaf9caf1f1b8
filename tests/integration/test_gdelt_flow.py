"""The gdelt_events flow against a loopback GDELT server and local mirrors, including a SIGKILL mid-load."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import table_checksums
from tests.gdelt_files import event_row, write_export, write_lists

STAMPS = ["20250301000000", "20250301001500", "20250301003000", "20250301004500"]


def build_mirror(folder: Path, rows_per_file: int = 5) -> list[Path]:
    zips = []
    for n, stamp in enumerate(STAMPS):
        rows = [event_row(1000 * n + i, day="20250301", url=f"https://n{i}.example.com/{n}")
                for i in range(rows_per_file)]
        zips.append(write_export(folder, stamp, rows))
    write_lists(folder, zips)
    return zips


def serve(httpserver: HTTPServer, folder: Path, skip: set[str] = frozenset()) -> str:
    for path in folder.iterdir():
        if path.name not in skip:
            httpserver.expect_request(f"/gdeltv2/{path.name}").respond_with_data(path.read_bytes())
    return httpserver.url_for("/gdeltv2/")


def config_file(tmp_path: Path, **values: object) -> str:
    path = tmp_path / "allywatch.toml"
    lines = ["http_retries = 2", "http_backoff_seconds = 0.01", "http_timeout_seconds = 2.0"]
    lines += [f"{k} = {v!r}" if not isinstance(v, str) else f'{k} = "{v}"' for k, v in values.items()]
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def count(warehouse: Path, query: str) -> tuple:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(query).fetchone()
    finally:
        con.close()


def test_first_run_takes_the_newest_file_then_backfill_then_nothing(prefect_backend: None, tmp_path: Path,
                                                                  httpserver: HTTPServer) -> None:
    from flows.gdelt_flow import gdelt_events

    build_mirror(tmp_path / "m")
    base = serve(httpserver, tmp_path / "m")
    warehouse, config = tmp_path / "w.duckdb", config_file(tmp_path)
    first = gdelt_events(str(warehouse), config, base_url=base)
    assert [b["item"][:14] for b in first] == [STAMPS[-1]]
    from datetime import datetime

    backfill = gdelt_events(str(warehouse), config, base_url=base, since=datetime(2025, 3, 1))
    assert sorted(b["item"][:14] for b in backfill) == STAMPS[:-1]
    assert count(warehouse, "select count(*) from fact_event") == (20,)
    assert gdelt_events(str(warehouse), config, base_url=base, since=datetime(2025, 3, 1)) == []
    assert count(warehouse, "select count(*), sum(received) from batch_ledger") == (4, 20)
    assert count(warehouse, "select newest_seen from source_watermark where source = 'gdelt'") == (
        datetime(2025, 3, 1, 0, 45),)


def test_bad_files_are_recorded_and_the_rest_loads(prefect_backend: None, tmp_path: Path,
                                                   httpserver: HTTPServer) -> None:
    from datetime import datetime

    from flows.gdelt_flow import gdelt_events

    folder = tmp_path / "m"
    zips = build_mirror(folder)
    zips[1].write_bytes(zips[1].read_bytes()[:-30])  # corrupt after listing: size and md5 mismatch
    truncated = write_export(folder, "20250301010000", [event_row(9001)])
    truncated.write_bytes(truncated.read_bytes()[:50])  # listed as it is now, so it verifies, then fails to unzip
    write_lists(folder, [*zips[:1], zips[2], truncated])  # zips[3] missing from the list is never fetched
    lines = (folder / "masterfilelist.txt").read_text().splitlines()
    listed_bad = f"{len(zips[1].read_bytes()) + 30} 0123456789abcdef0123456789abcdef " \
                 f"http://data.gdeltproject.org/gdeltv2/{zips[1].name}"
    missing = "100 fedcba9876543210fedcba9876543210 http://data.gdeltproject.org/gdeltv2/20250301011500.export.CSV.zip"
    (folder / "masterfilelist.txt").write_text("\n".join([*lines, listed_bad, missing]) + "\n")
    base = serve(httpserver, folder)
    httpserver.expect_request("/gdeltv2/20250301011500.export.CSV.zip").respond_with_data("gone", status=404)
    warehouse, config = tmp_path / "w.duckdb", config_file(tmp_path, max_attempts=2)
    results = {b["item"][:14]: b for b in gdelt_events(str(warehouse), config, base_url=base,
                                                          since=datetime(2025, 3, 1))}
    assert results[STAMPS[0]]["status"] == results[STAMPS[2]]["status"] == "loaded"
    assert "md5" in results[STAMPS[1]]["error"] or "size" in results[STAMPS[1]]["error"]
    assert "not a valid zip" in results["20250301010000"]["error"]
    assert "HTTP 404" in results["20250301011500"]["error"]
    assert count(warehouse, "select count(*) from fact_event") == (10,)
    again = {b["item"][:14]: b["status"] for b in gdelt_events(str(warehouse), config, base_url=base,
                                                                 since=datetime(2025, 3, 1))}
    assert again == {STAMPS[1]: "gave_up", "20250301010000": "gave_up", "20250301011500": "gave_up"}
    assert gdelt_events(str(warehouse), config, base_url=base, since=datetime(2025, 3, 1)) == []


def test_rows_that_do_not_parse_or_repeat(prefect_backend: None, tmp_path: Path) -> None:
    from datetime import datetime

    from flows.gdelt_flow import gdelt_events

    folder = tmp_path / "m"
    good = [event_row(1), event_row(2)]
    invalid_utf8 = event_row(3).encode("utf-8").replace(b"RUSSIA", b"RUS\xff\xfeIA").replace(b"\tRUS\t", b"\tR\xffS\t")
    first = write_export(folder, STAMPS[0], ("\n".join(good) + "\n").encode() + invalid_utf8 + b"\n"
                         + (event_row(4, columns=60) + "\n" + event_row(5, columns=62) + "\n").encode())
    second = write_export(folder, STAMPS[1], [event_row(2), event_row(6)])
    write_lists(folder, [first, second])
    warehouse = tmp_path / "w.duckdb"
    results = gdelt_events(str(warehouse), config_file(tmp_path, quarantine_threshold=0.9),
                           source_dir=str(folder), since=datetime(2025, 3, 1))
    a, b = sorted(results, key=lambda r: r["item"])
    assert (a["received"], a["loaded"], a["quarantined"]) == (5, 2, 3)
    assert (b["received"], b["loaded"], b["duplicate"]) == (2, 1, 1)
    reasons = {r[0] for r in duckdb.connect(str(warehouse), read_only=True).execute(
        "select expectation from quarantine").fetchall()}
    assert reasons == {"parse:invalid_encoding", "parse:missing_columns", "parse:too_many_columns"}


def test_two_overlapping_runs_one_waits_and_the_tables_equal_a_single_run(prefect_api_url: str,
                                                                         tmp_path: Path) -> None:
    folder = tmp_path / "m"
    build_mirror(folder, rows_per_file=20)
    config = config_file(tmp_path)
    env = {**os.environ, "PREFECT_API_URL": prefect_api_url, "PREFECT_LOGGING_LEVEL": "ERROR"}
    command = [sys.executable, "-m", "flows.cli", "gdelt", "--config", config, "--source-dir", str(folder),
               "--since", "2025-03-01"]
    together = tmp_path / "together.duckdb"
    runs = [subprocess.Popen([*command, "--warehouse", str(together)], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=180) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [o[1][-1500:] for o in outputs]
    assert sum("no new batches" in out for out, _ in outputs) == 1  # the one that waited found nothing left
    single = tmp_path / "single.duckdb"
    assert subprocess.run([*command, "--warehouse", str(single)], env=env, capture_output=True,
                          timeout=180).returncode == 0
    assert table_checksums(together) == table_checksums(single)


def test_a_run_that_cannot_get_the_lock_in_time_skips_with_one_line(tmp_path: Path) -> None:
    from flows.writer_lock import WarehouseBusy, writer_lock

    warehouse = tmp_path / "w.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom pathlib import Path\nfrom flows.writer_lock import writer_lock\n"
        "with writer_lock(Path(sys.argv[1]), 1):\n    print('held', flush=True)\n    time.sleep(30)\n"),
        str(warehouse)], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WarehouseBusy, match="another allywatch run is writing"), \
                writer_lock(warehouse, wait_seconds=0.5):
            pass
    finally:
        holder.kill()
        holder.wait()
    with writer_lock(warehouse, wait_seconds=0.5):  # a killed holder leaves nothing behind
        pass
