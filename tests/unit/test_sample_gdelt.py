"""The bundled GDELT sample: reproducible, laid out like the real mirror, and telling its story."""
from __future__ import annotations

import csv
import hashlib
import zipfile
from collections import Counter
from functools import cache
from pathlib import Path

from flows.sample import build_gdelt_sample as sample

TRACKED = {"VEN", "RUS", "CHN", "CUB", "IRN", "TUR", "USA"}
LISTS = ("masterfilelist.txt", "lastupdate.txt")


@cache
def committed_lines() -> dict[str, list[str]]:
    """File name -> its lines (newline kept) as committed in flows/sample/gdelt/."""
    out = {}
    for path in sorted(sample.OUTPUT_DIR.glob("*.export.CSV.zip")):
        with zipfile.ZipFile(path) as zf:
            out[path.name] = zf.read(zf.namelist()[0]).decode("utf-8").splitlines(keepends=True)
    return out


def valid_rows() -> list[list[str]]:
    """Rows with 61 columns, each GlobalEventID once, in file order."""
    rows, seen = [], set()
    for lines in committed_lines().values():
        for line in lines:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 61 and cols[0] not in seen:
                seen.add(cols[0])
                rows.append(cols)
    return rows


def row_by_id(name: str, event_id: int) -> list[str]:
    matches = [line for line in committed_lines()[name] if line.split("\t", 1)[0] == str(event_id)]
    assert len(matches) == 1, (name, event_id)
    return matches[0].rstrip("\n").split("\t")


def per_year(rows: list[list[str]], actor1: str, actor2: str, base_codes: set[str]) -> Counter[int]:
    return Counter(int(c[3]) for c in rows if (c[7], c[17]) == (actor1, actor2) and c[27] in base_codes)


def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    (tmp_path / "19990101000000.export.CSV.zip").write_bytes(b"stale")
    written = sample.build(tmp_path)
    assert [p.name for p in written] == sorted(committed_lines())
    produced = sorted(p.name for p in tmp_path.iterdir())
    assert produced == sorted([*committed_lines(), *LISTS])
    for name in produced:
        assert (tmp_path / name).read_bytes() == (sample.OUTPUT_DIR / name).read_bytes(), name


def test_lists_match_the_files() -> None:
    master = (sample.OUTPUT_DIR / "masterfilelist.txt").read_text(encoding="ascii").splitlines()
    assert len(master) == 108
    names = []
    for line in master:
        size, md5, url = line.split(" ")
        name = url.removeprefix("http://data.gdeltproject.org/gdeltv2/")
        data = (sample.OUTPUT_DIR / name).read_bytes()
        assert (int(size), md5) == (len(data), hashlib.md5(data).hexdigest()), name
        names.append(name)
    assert names == sorted(names) == sorted(committed_lines())
    assert names[0] == "20170128120000.export.CSV.zip" and names[-1] == "20251228120000.export.CSV.zip"
    last = (sample.OUTPUT_DIR / "lastupdate.txt").read_text(encoding="ascii")
    assert last == master[-1] + "\n"


def test_each_zip_holds_one_member_named_like_it() -> None:
    for path in sorted(sample.OUTPUT_DIR.glob("*.export.CSV.zip")):
        with zipfile.ZipFile(path) as zf:
            assert zf.namelist() == [path.name.removesuffix(".zip")]
            assert zf.infolist()[0].compress_type == zipfile.ZIP_DEFLATED


def test_rows_have_61_columns_except_the_column_count_row() -> None:
    short = []
    for name, lines in committed_lines().items():
        assert 10 <= len(lines) <= 60, name
        for line in lines:
            assert line.endswith("\n") and "\r" not in line
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 61:
                short.append((name, int(cols[0]), len(cols)))
            elif (name, int(cols[0])) != sample.BAD_ROWS["duplicate"]:  # a re-published row keeps its date
                assert cols[59] == name[:14], (name, cols[0])
                in_month = cols[1][:6] == name[:6] and cols[1][6:] <= "28"
                assert in_month or cols[1] == "20191345", (name, cols[0])
    assert short == [(*sample.BAD_ROWS["column_count"], 60)]


def test_bad_rows_sit_where_bad_rows_says() -> None:
    bad_date = row_by_id(*sample.BAD_ROWS["bad_date"])
    assert bad_date[1] == "20191345" and "VEN" in (bad_date[7], bad_date[17])
    unknown = row_by_id(*sample.BAD_ROWS["unknown_code"])
    assert unknown[26:29] == ["999", "999", "99"] and "VEN" in (unknown[7], unknown[17])
    name, event_id = sample.BAD_ROWS["duplicate"]
    assert name == "20181228120000.export.CSV.zip"
    repeated = [line for line in committed_lines()[name] if line.startswith(f"{event_id}\t")]
    original = [line for line in committed_lines()["20181128120000.export.CSV.zip"]
                if line.startswith(f"{event_id}\t")]
    assert len(repeated) == len(original) == 1 and repeated == original
    ids = [line.split("\t", 1)[0] for lines in committed_lines().values() for line in lines]
    assert [i for i, n in Counter(ids).items() if n > 1] == [str(event_id)]


def test_ids_increase_across_files_and_start_at_the_base() -> None:
    name, duplicate_id = sample.BAD_ROWS["duplicate"]
    previous = 0
    for file, lines in committed_lines().items():
        ids = [int(line.split("\t", 1)[0]) for line in lines]
        ids = [i for i in ids if not (file == name and i == duplicate_id)]
        assert ids == sorted(ids) and ids[0] > previous, file
        previous = ids[-1]
    first_file = committed_lines()["20170128120000.export.CSV.zip"]
    assert min(int(line.split("\t", 1)[0]) for line in first_file) == sample.FIRST_ID


def test_codes_keep_leading_zeros_and_follow_the_reference() -> None:
    types = sample.event_types()
    for cols in valid_rows():
        code = cols[26]
        assert cols[27] == code[:3] and cols[28] == code[:2]
        if code != "999":
            assert cols[29] == str(types[code].quad_class) and float(cols[30]) == types[code].goldstein
        assert int(cols[31]) >= int(cols[33]) >= int(cols[32]) >= 1 and int(cols[33]) <= 40


def test_every_year_is_covered_and_one_row_is_not_ascii() -> None:
    rows = valid_rows()
    assert {int(c[3]) for c in rows} >= set(range(2017, 2026))
    assert 2500 <= sum(len(lines) for lines in committed_lines().values()) <= 5000
    assert any(not "\t".join(c).isascii() and "VEN" in (c[7], c[17]) for c in rows)
    outside = [c for c in rows if "VEN" not in (c[7], c[17]) and not {c[7], c[17]} <= TRACKED]
    assert 0.25 <= len(outside) / len(rows) <= 0.35


def test_story_events_keep_their_identity() -> None:
    """Each story row is one (day, dyad, base code, action place) key, carried by `reports` rows."""
    keys = Counter((c[1], c[5], c[15], c[27], c[58]) for c in valid_rows()
                   if c[28] not in ("01", "09") and ("VEN" in (c[7], c[17]) or {c[7], c[17]} <= TRACKED))
    with open(sample.STORY_CSV, newline="", encoding="utf-8") as f:
        story = list(csv.DictReader(f))
    kept = [r for r in story if "bad=column_count" not in r["note"]]
    assert len(keys) == len(kept)
    assert sorted(keys.values()) == sorted(int(r["reports"]) for r in kept)


def test_russian_military_support_falls_from_2018_to_2025() -> None:
    counts = per_year(valid_rows(), "RUS", "VEN", {"072", "062"})
    assert counts[2025] >= 1 and counts[2018] >= 3 * counts[2025]


def test_pressure_and_appeals_rise_in_2025() -> None:
    rows = valid_rows()
    pressure = {"112", "138", "101", "104", "150", "152", "154", "163"}
    usa = per_year(rows, "USA", "VEN", pressure)
    assert usa[2025] >= 2 * usa[2018] > 0
    appeals = per_year(rows, "VEN", "RUS", {"021", "023"})
    assert appeals[2025] > max(appeals[y] for y in range(2017, 2025))
