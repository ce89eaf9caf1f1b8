"""The published pages as a reader's browser draws them: headless Chromium shoots the sample's HTML
report and Data Docs, and the charts' and results' colours must be on the picture (a chart whose
data URI a browser cannot draw, or a page that never renders, leaves them out)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.marts.charts import CATEGORY_COLORS, PATRON_COLORS, PRESSURE_COLORS
from scripts.page_screenshot import colour_counts, find_chromium, screenshot

pytestmark = pytest.mark.skipif(find_chromium() is None,
                                reason="no Chromium to render pages with (Debian: apt-get install chromium)")
SOLID = 200  # pixels of one exact colour: a bar or a legend patch, never anti-aliasing alone


def test_report_charts_render_in_a_browser(sample_run: dict, tmp_path: Path) -> None:
    warehouse = sample_run["warehouse"]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:  # the categories the sample's Russian support toward Venezuela holds: each has its colour in the chart
        categories = {row[0] for row in con.execute(
            "select distinct support_category from v_support_event where patron_iso3 = 'RUS' "
            "and client_iso3 = 'VEN' and direction = 'support'").fetchall()}
    finally:
        con.close()
    assert categories, "the sample should hold Russian support for Venezuela"
    png = screenshot(warehouse.parent / "reports" / "allywatch_ven.html", tmp_path / "report.png", height=6000)
    wanted = [CATEGORY_COLORS[c] for c in categories if c in CATEGORY_COLORS]
    counts = colour_counts(png, [*wanted, PATRON_COLORS[0], PRESSURE_COLORS[0]])
    missing = {colour: n for colour, n in counts.items() if n < SOLID}
    assert not missing, f"colours drawn too little (pixels): {missing}"


def test_data_docs_render_checks_and_suites(sample_run: dict, tmp_path: Path) -> None:
    index = sample_run["warehouse"].parent / "data_docs" / "index.html"
    png = screenshot(index, tmp_path / "docs.png", height=1600)
    counts = colour_counts(png, ["#1a7f37", "#b42318"])  # the "passed" and "FAILED" text colours
    assert counts["#1a7f37"] >= SOLID // 4 and counts["#b42318"] == 0, counts
