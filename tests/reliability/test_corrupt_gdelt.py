"""Corrupt GDELT exports through the real path: the CLI fetching from a loopback server. Each file ends with
its bad rows quarantined with a reason, or as a failed batch with a clear error; the CLI never prints a
traceback and every ledger row reconciles."""
from __future__ import annotations

import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

from pytest_httpserver import HTTPServer

from flows.collect.gdelt import GdeltSource, fetch_to_landing, scan_file_list
from flows.config import load_settings
from flows.load.gdelt_load import LandedFile
from flows.prepare import prepared_warehouse
from flows.stage.gdelt_stage import holds_nul
from tests.gdelt_files import event_row, write_export, write_lists
from tests.gdelt_loading import load_landed
from tests.reliability.harness import Cli, ok, query, write_config

TEN_MB = 10 * 1024 * 1024


def good(first_id: int, n: int = 5) -> list[str]:
    return [event_row(first_id + i, url=f"https://ok.example.com/{first_id + i}") for i in range(n)]


def lines_bytes(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def with_nul(event_id: int) -> str:
    return event_row(event_id, url="https://nul.example.com/a\x00b").replace("RUSGOV", "RUS\x00GOV")


def corrupt_mirror(folder: Path) -> dict[str, str]:
    """Stamp -> case; one export file per case, all listed with their real size and md5."""
    cases = {
        "20250301000000": ("empty member", b""),
        "20250301001500": ("one column per line", lines_bytes(["garbage"] * 30)),
        "20250301003000": ("200 columns per line", lines_bytes(good(300) + ["\t".join(["x"] * 200)] * 4
                                                                + [event_row(310, columns=200)])),
        "20250301004500": ("a 10 MB single line", lines_bytes(
            [*good(400), event_row(410, url="https://long.example.com/" + "a" * TEN_MB)])),
        "20250301010000": ("NUL bytes inside fields", lines_bytes([*good(500), with_nul(510), with_nul(511)])),
        "20250301011500": ("years 0001 and 9999", lines_bytes([*good(600), event_row(610, day="00010101"),
                                                               event_row(611, day="99991231")])),
        "20250301013000": ("truncated zip", lines_bytes(good(700))),
        "20250301014500": ("wrong member name", lines_bytes(good(800))),
    }
    zips = [write_export(folder, stamp, payload) for stamp, (_, payload) in cases.items()]
    truncated = folder / "20250301013000.export.CSV.zip"
    truncated.write_bytes(truncated.read_bytes()[:-40])
    renamed = folder / "20250301014500.export.CSV.zip"
    with zipfile.ZipFile(renamed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("20250301014500.export.csv", lines_bytes(good(800)))
    write_lists(folder, zips)  # listed as they are now: fetches verify, the damage shows when unzipping
    return {stamp: case for stamp, (case, _) in cases.items()}


# case -> (status, received, loaded, quarantined, the expectation or error that names the fault)
EXPECTED = {
    "empty member": ("failed", 0, 0, 0, "the CSV member is empty"),
    "one column per line": ("loaded", 30, 0, 30, "parse:missing_columns"),
    "200 columns per line": ("loaded", 10, 5, 5, "parse:too_many_columns"),
    "a 10 MB single line": ("loaded", 6, 5, 1, "parse:line_size_over_maximum"),
    "years 0001 and 9999": ("loaded", 7, 5, 2, "stg_event.event_date_in_range"),
    "truncated zip": ("failed", 0, 0, 0, "not a valid zip (truncated or corrupt)"),
    "wrong member name": ("failed", 0, 0, 0, "zip member is '20250301014500.export.csv'"),
}


def test_each_corrupt_file_is_quarantined_or_failed_never_a_traceback(prefect_api_url: str, tmp_path: Path,
                                                                     httpserver: HTTPServer) -> None:
    folder = tmp_path / "mirror"
    cases = corrupt_mirror(folder)
    for path in folder.iterdir():
        httpserver.expect_request(f"/gdeltv2/{path.name}").respond_with_data(path.read_bytes())
    cli = Cli(prefect_api_url, write_config(tmp_path, quarantine_threshold=0.5), folder)
    warehouse = tmp_path / "allywatch.duckdb"
    args = cli.args("gdelt", warehouse)
    args[args.index("--source-dir"):args.index("--source-dir") + 2] = ["--base-url", httpserver.url_for("/gdeltv2/")]
    result = ok(subprocess.run(args, env=cli.env(), capture_output=True, text=True, timeout=300))
    assert "8 batches" in result.stdout
    ledger = {item[:14]: rest for item, *rest in query(warehouse, (
        "select item, status, received, loaded, quarantined, filtered, duplicate, error from batch_ledger"))}
    assert set(ledger) == set(cases)
    for stamp, (status, received, loaded, quarantined, filtered, duplicate, error) in ledger.items():
        assert received == loaded + quarantined + filtered + duplicate, cases[stamp]
        if cases[stamp] not in EXPECTED:
            continue
        want_status, want_received, want_loaded, want_quarantined, fault = EXPECTED[cases[stamp]]
        assert (status, received, loaded, quarantined) == (want_status, want_received, want_loaded,
                                                           want_quarantined), cases[stamp]
        if status == "failed":
            assert fault in error, (cases[stamp], error)
        else:
            reasons = query(warehouse, "select distinct expectation, reason from quarantine q join batch_ledger b "
                                       f"using (batch_id) where b.item like '{stamp}%'")
            assert [e for e, _ in reasons] == [fault] and all(reason for _, reason in reasons), (cases[stamp], reasons)
    assert query(warehouse, "select count(*) from fact_event") == [(sum(row[2] for row in ledger.values()),)]


def test_rows_with_nul_bytes_are_quarantined(tmp_path: Path) -> None:
    """A clean file and one with NUL bytes in one group: the search for NUL bytes runs for the group (it
    is skipped only when no file holds one), and only the two rows that have them are quarantined."""
    folder = tmp_path / "mirror"
    write_lists(folder, [write_export(folder, "20250301000000", good(100, 10)),
                         write_export(folder, "20250301001500", [*good(1, 20), with_nul(30), with_nul(31)])])
    settings = replace(load_settings(warehouse=tmp_path / "w.duckdb"), quarantine_threshold=0.5)
    listed = scan_file_list((folder / "masterfilelist.txt").read_text()).files
    landed = [LandedFile(f, fetch_to_landing(f, GdeltSource(source_dir=folder), settings.landing)) for f in listed]
    with prepared_warehouse(settings) as con:
        clean, dirty = load_landed(con, landed, settings)
        facts = con.execute("select count(*) from fact_event where contains(source_url, chr(0))").fetchone()[0]
        actors = con.execute("select count(*) from dim_actor where contains(actor_code, chr(0))").fetchone()[0]
    assert (clean.loaded, clean.quarantined) == (10, 0)
    assert (dirty.loaded, dirty.quarantined, facts, actors) == (20, 2, 0, 0)
    assert dirty.failed_expectations == {"raw_gdelt.no_nul_bytes": 2}


def test_holds_nul_finds_a_nul_byte_in_any_file(tmp_path: Path) -> None:
    clean, dirty, empty = (tmp_path / n for n in ("clean.csv", "dirty.csv", "empty.csv"))
    clean.write_bytes(b"a\tb\n" * 100_000)
    dirty.write_bytes(b"a\tb\n" * 100_000 + b"c\x00d\n")
    empty.write_bytes(b"")
    assert not holds_nul([clean, empty])
    assert holds_nul([clean, dirty])
