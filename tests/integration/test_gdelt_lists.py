"""What GDELT's file lists can hold besides clean lines, through the CLI: a file listed twice, lines
that do not parse, and an export line in Latin-1 that is quarantined and replayed."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from flows.cli import app
from tests.gdelt_files import event_row, write_export, write_lists
from tests.readback import rows

runner = CliRunner()
STAMPS = ["20250301000000", "20250301001500", "20250301003000"]
BASE = "http://data.gdeltproject.org/gdeltv2/"


def invoke(*args: str):
    return runner.invoke(app, list(args))



def build_mirror(folder: Path, rows_per_file: int = 5) -> list[Path]:
    zips = [write_export(folder, stamp, [event_row(1000 * n + i, url=f"https://n{i}.example.com/{n}")
                                         for i in range(rows_per_file)])
            for n, stamp in enumerate(STAMPS)]
    write_lists(folder, zips)
    return zips


def list_line(path: Path) -> bytes:
    data = path.read_bytes()
    return f"{len(data)} {hashlib.md5(data).hexdigest()} {BASE}{path.name}".encode()


def config(tmp_path: Path, *lines: str) -> str:
    path = tmp_path / "allywatch.toml"
    path.write_text("\n".join(["http_retries = 2", "http_backoff_seconds = 0.01", *lines]) + "\n")
    return str(path)


def gdelt(warehouse: Path, conf: str, mirror: Path):
    return invoke("gdelt", "--warehouse", str(warehouse), "--config", conf, "--source-dir", str(mirror),
                  "--since", "2025-03-01")


def test_a_file_listed_twice_is_one_batch_and_support_is_not_doubled(prefect_backend: None,
                                                                     tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    zips = build_mirror(mirror)
    listing = mirror / "masterfilelist.txt"
    listing.write_bytes(listing.read_bytes() + list_line(zips[0]) + b"\n")  # the first file again, at the end
    warehouse, conf = tmp_path / "w.duckdb", config(tmp_path, "files_per_transaction = 1")
    result = gdelt(warehouse, conf, mirror)
    assert result.exit_code == 0, result.output
    ledger = rows(warehouse, "select item, status, received, loaded, duplicate, attempts from batch_ledger "
                             "order by item")
    assert ledger == [(z.name, "loaded", 5, 5, 0, 1) for z in zips]
    assert rows(warehouse, "select count(*) from fact_event") == [(15,)]
    # fact_support_daily equals a recomputation from fact_event, and so do the marts
    assert rows(warehouse, "select sum(events) from fact_support_daily") == [(15,)]
    assert rows(warehouse, "select count(*) from v_support_event") == [(15,)]
    assert rows(warehouse, "select sum(events) from mart_support_monthly where origin = 'all'") == [(15,)]
    checks = invoke("validate", "--warehouse", str(warehouse), "--config", conf)
    assert checks.exit_code == 0, checks.output
    again = gdelt(warehouse, conf, mirror)
    assert again.exit_code == 0 and "no new batches" in again.output
    assert rows(warehouse, "select count(*), sum(attempts) from batch_ledger") == [(3, 3)]


def test_odd_lines_in_the_list_are_skipped_and_counted(prefect_api_url: str, tmp_path: Path) -> None:
    """Through `python -m flows.cli` (its log is what a user sees); the plan is not retried either."""
    mirror = tmp_path / "mirror"
    zips = build_mirror(mirror)
    good = [list_line(z) for z in zips]
    bad = [
        b"123 0123456789abcdef0123456789abcdef " + BASE.encode() + b"20250301000000.gkg.csv.zip\xff\xfe",
        b"123 0123456789abcdef0123456789abcdef " + BASE.encode() + b"20251301000000.export.CSV.zip",
        b"123 0123456789abcdef0123456789abcdef",
        b"12x 0123456789abcdef0123456789abcdef " + BASE.encode() + b"20250301004500.export.CSV.zip",
        b"123 not-an-md5 " + BASE.encode() + b"20250301010000.export.CSV.zip",
    ]
    # lines 2, 4, 5, 6 and 8 are bad; a blank line is not counted
    lines = [good[0], bad[0], b"", bad[1], bad[2], bad[3], good[1], bad[4], good[2]]
    (mirror / "masterfilelist.txt").write_bytes(b"\n".join(lines) + b"\n")
    warehouse, conf = tmp_path / "w.duckdb", config(tmp_path)
    env = {**os.environ, "PREFECT_API_URL": prefect_api_url, "PREFECT_LOGGING_LEVEL": "WARNING"}
    result = subprocess.run([sys.executable, "-m", "flows.cli", "gdelt", "--warehouse", str(warehouse), "--config",
                             conf, "--source-dir", str(mirror), "--since", "2025-03-01"],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "Retrying" not in result.stderr, result.stderr[-3000:]
    assert "masterfilelist.txt: skipped 5 lines that cannot be read as 'size md5 url' (lines 2, 4, 5, 6, 8)" \
        in result.stderr + result.stdout
    assert rows(warehouse, "select count(*), sum(loaded) from batch_ledger where status = 'loaded'") == [(3, 15)]
    assert rows(warehouse, "select skipped_list_lines from source_watermark where source = 'gdelt'") == [(5,)]
    patient = tmp_path / "patient.toml"
    patient.write_text("gdelt_stale_after_hours = 1000000.0\n")
    status = invoke("status", "--warehouse", str(warehouse), "--config", str(patient))
    assert status.exit_code == 0, status.output
    assert "gdelt: 5 list lines skipped at the last check" in status.output
    assert rows(warehouse, "select count(*) from batch_ledger where status <> 'loaded'") == [(0,)]


def test_a_latin1_line_is_quarantined_as_received_and_replays(prefect_backend: None, tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    plain = [event_row(i, url=f"https://n{i}.example.com/a") for i in (1, 2, 3)]
    latin = event_row(4, url="https://n4.example.com/a").replace("\t1\tVE\t", "\t1\tBogot\xe1, Colombia\t", 1)
    assert latin != event_row(4, url="https://n4.example.com/a")
    raw = latin.encode("latin-1")
    payload = ("\n".join(plain) + "\n").encode() + raw + b"\n"
    write_lists(mirror, [write_export(mirror, STAMPS[0], payload)])
    warehouse, conf = tmp_path / "w.duckdb", config(tmp_path, "quarantine_threshold = 0.9")
    result = gdelt(warehouse, conf, mirror)
    assert result.exit_code == 0, result.output
    ((batch_id, received, loaded, quarantined),) = rows(
        warehouse, "select batch_id, received, loaded, quarantined from batch_ledger")
    assert (received, loaded, quarantined) == (4, 3, 1)
    ((record, expectation),) = rows(warehouse, "select record, expectation from quarantine")
    stored = json.loads(record)
    assert expectation == "parse:invalid_encoding"
    assert stored["encoding"] == "latin-1"
    assert stored["line"].encode("latin-1") == raw  # every byte as received, no '??'
    replay = invoke("quarantine", "--warehouse", str(warehouse), "--config", conf, "--batch", batch_id, "--replay")
    assert replay.exit_code == 0, replay.output
    assert rows(warehouse, "select loaded, quarantined from batch_ledger") == [(4, 0)]
    assert rows(warehouse, "select count(*) from fact_event where gdelt_event_id = 4") == [(1,)]
    assert rows(warehouse, "select count(*) from quarantine where resolved_at is null") == [(0,)]
    checks = invoke("validate", "--warehouse", str(warehouse), "--config", conf)
    assert checks.exit_code == 0, checks.output


def test_status_on_a_snapshot_from_before_the_skipped_lines_column_is_one_line(prefect_backend: None,
                                                                              tmp_path: Path) -> None:
    """While a run writes, status reads the snapshot; one published before source_watermark had
    skipped_list_lines gets the one-line 'older allywatch' answer, not a traceback."""
    from flows.config import Settings
    from flows.marts.snapshot import publish_snapshot
    from flows.prepare import prepared_warehouse
    from tests.integration.test_cli_probe import hold_warehouse

    mirror = tmp_path / "mirror"
    build_mirror(mirror)
    warehouse = tmp_path / "w.duckdb"
    assert gdelt(warehouse, config(tmp_path), mirror).exit_code == 0
    settings = Settings(warehouse=warehouse)
    with prepared_warehouse(settings) as con:
        publish_snapshot(con, settings.snapshot, settings.snapshot_event_window_days)
    con = duckdb.connect(str(settings.snapshot))
    con.execute("alter table source_watermark drop column skipped_list_lines")
    con.close()
    holder = hold_warehouse(warehouse, 6)
    try:
        result = invoke("status", "--warehouse", str(warehouse))
    finally:
        holder.wait(timeout=30)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2, result.output
    assert lines[-1].startswith("error: ") and "snapshot is from an older allywatch" in lines[-1], result.output
    assert "Traceback" not in result.output
