"""gdelt_day compares like with like (issue 19, item 14): the bare read_csv baseline stores every line of
the files, malformed ones included, and only scope `all` is judged against the baselines."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from benchmarks.generate import generate
from benchmarks.scenarios_gdelt import bare_duckdb, headline_ratios, pandas_path, unzip_all


def test_both_baselines_store_every_line_malformed_ones_included(tmp_path: Path) -> None:
    zips = generate(tmp_path / "mirror", 3, 3000, datetime(2025, 3, 1))  # a few malformed lines per file
    csvs = unzip_all(zips, tmp_path / "csv")
    lines = sum(len(p.read_bytes().splitlines()) for p in csvs)
    short = sum(1 for p in csvs for line in p.read_bytes().splitlines() if line.count(b"\t") < 60)
    assert lines == 9000 and short >= 1  # the files hold lines that a strict reader would drop
    assert bare_duckdb(csvs, tmp_path / "bare.duckdb") == lines
    assert pandas_path(zips, tmp_path / "pandas.duckdb") == lines


def test_only_scope_all_is_judged_and_a_miss_is_reported_as_missed() -> None:
    # rows/s: flow all 20k, tracked 40k; bare read_csv 70k, pandas 12k; tracked filtered 91 % of rows
    ratios = headline_ratios(20_000, 40_000, 70_000, 12_000, 0.914)
    judged = [r for r in ratios if r.target]
    assert [r.label for r in judged] == ["flow scope all / (a) bare DuckDB, rows/s",
                                         "flow scope all / (b) pandas path, rows/s"]
    assert [r.verdict for r in judged] == ["MISSED", "MISSED"]  # 0.29 < 0.5 and 1.67 < 2
    tracked = [r for r in ratios if not r.target]
    assert len(tracked) == 2 and all("filters 91% of rows" in r.label and r.verdict == "" for r in tracked)
    assert headline_ratios(40_000, 40_000, 70_000, 12_000, 0.5)[0].verdict == "met"
