"""GDELT lists, planning, fetch and verification, with real files and a loopback HTTP server."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

from flows import UserError
from flows.collect.gdelt import (
    FetchError,
    GdeltSource,
    describe_skipped,
    fetch_to_landing,
    parse_timestamp,
    plan_files,
    scan_file_list,
    unzip_export,
)
from tests.gdelt_files import event_row, write_export, write_lists


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    folder = tmp_path / "mirror"
    zips = [write_export(folder, stamp, [event_row(i)]) for i, stamp in
            enumerate(["20250101000000", "20250101001500", "20250101004500"], start=1)]
    write_lists(folder, zips)
    return folder


def test_lists_keep_only_export_files_oldest_first(mirror: Path) -> None:
    text = (mirror / "masterfilelist.txt").read_text()
    text += "123 0123456789abcdef0123456789abcdef http://x/20250101000000.mentions.CSV.zip\n"
    listed = scan_file_list(text).files
    assert [f.name[:14] for f in listed] == ["20250101000000", "20250101001500", "20250101004500"]
    assert listed[0].published == datetime(2025, 1, 1)


def test_lines_that_cannot_be_read_are_skipped_and_numbered(mirror: Path) -> None:
    good = (mirror / "masterfilelist.txt").read_bytes().splitlines()
    md5 = b"0123456789abcdef0123456789abcdef"
    bad = [b"1 " + md5 + b" http://x/20250101000000.gkg.csv.zip\xe9",  # not UTF-8, even in a gkg line
           b"1 " + md5 + b" http://x/20251301000000.export.CSV.zip",  # month 13
           b"1 " + md5 + b" http://x/20250230000000.export.CSV.zip",  # 30 February
           b"not a line", b"1 " + md5, b"-1 " + md5 + b" http://x/20250101000000.export.CSV.zip",
           b"1 " + md5[:-1] + b"g http://x/20250101000000.export.CSV.zip", "\u0663".encode() + b" " + md5 + b" u"]
    text = b"\n".join([good[0], *bad[:4], b"   ", good[1], *bad[4:], good[2]]) + b"\r\n"
    scanned = scan_file_list(text)
    assert [f.name for f in scanned.files] == [f.name for f in scan_file_list(b"\n".join(good)).files]
    assert scanned.skipped_lines == [2, 3, 4, 5, 8, 9, 10, 11]
    assert describe_skipped("list", list(range(1, 8))) == (
        "list: skipped 7 lines that cannot be read as 'size md5 url' (lines 1, 2, 3, 4, 5, ...)")


def test_a_file_listed_twice_is_listed_and_planned_once(mirror: Path) -> None:
    lines = (mirror / "masterfilelist.txt").read_bytes().splitlines()
    listed = scan_file_list(b"\n".join([*lines, lines[0], lines[1].replace(b"http://", b"https://")])).files
    assert [f.name[:14] for f in listed] == ["20250101000000", "20250101001500", "20250101004500"]
    twice = [listed[0], listed[1], listed[0]]
    assert plan_files(twice, {}, None, datetime(2025, 1, 1), None) == listed[:2]


def test_first_run_takes_newest_and_later_runs_the_pending(mirror: Path) -> None:
    listed = scan_file_list((mirror / "masterfilelist.txt").read_text()).files
    assert plan_files(listed, {}, None, None, None) == listed[-1:]
    statuses = {listed[0].batch_id: "loaded", listed[2].batch_id: "loaded"}
    pending = plan_files(listed, statuses, datetime(2025, 1, 1, 0, 45), None, None)
    assert pending == [listed[1]]  # the missing slot 00:30 is never invented
    ranged = plan_files(listed, {}, None, parse_timestamp("20250101001500"), parse_timestamp("2025-01-01", True))
    assert ranged == listed[1:]


def test_local_mirror_fetch_verifies_md5(mirror: Path, tmp_path: Path) -> None:
    listed = scan_file_list((mirror / "masterfilelist.txt").read_text()).files
    landed = fetch_to_landing(listed[0], GdeltSource(source_dir=mirror), tmp_path / "landing")
    assert landed.read_bytes() == (mirror / listed[0].name).read_bytes()
    assert listed[0].md5 in landed.name
    (mirror / listed[1].name).write_bytes(b"PK corrupted")
    with pytest.raises(FetchError, match=r"size|md5"):
        fetch_to_landing(listed[1], GdeltSource(source_dir=mirror), tmp_path / "landing")
    assert not list((tmp_path / "landing").rglob(f"{listed[1].md5}*"))


def test_http_fetch_from_loopback_server(mirror: Path, tmp_path: Path, httpserver: HTTPServer) -> None:
    for path in mirror.iterdir():
        httpserver.expect_request(f"/gdeltv2/{path.name}").respond_with_data(path.read_bytes())
    httpserver.expect_request("/gdeltv2/missing.txt").respond_with_data("", status=404)
    source = GdeltSource(base_url=httpserver.url_for("/gdeltv2/"))
    with httpx.Client() as client:
        listed = scan_file_list(source.read_list("masterfilelist.txt", client)).files
        landed = fetch_to_landing(listed[2], source, tmp_path / "landing", client)
        assert landed.stat().st_size == listed[2].size
        with pytest.raises(UserError, match="cannot read"):
            source.read_list("missing.txt", client)


def test_unzip_refuses_two_members_and_broken_zips(tmp_path: Path) -> None:
    two = write_export(tmp_path / "a", "20250101000000", [event_row(1)], members=2)
    with pytest.raises(FetchError, match="2 members"):
        unzip_export(two, two.name, tmp_path)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(two.read_bytes()[:40])
    with pytest.raises(FetchError, match="not a valid zip"):
        unzip_export(broken, broken.name, tmp_path)


def test_timestamps_are_checked() -> None:
    assert parse_timestamp("2025-03-01", end_of_day=True) == datetime(2025, 3, 1, 23, 59, 59)
    with pytest.raises(UserError, match="YYYY-MM-DD or YYYYMMDDHHMMSS"):
        parse_timestamp("yesterday")
