"""The HTML report: every chart and table on the bundled sample, hostile text escaped, and another client by
configuration through the real pipeline flow."""
from __future__ import annotations

import base64
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import duckdb
import pytest

from flows.config import Settings, load_settings
from flows.marts.report import write_report

INJECTION = '<script>alert("x")</script><img src=x onerror=alert(1)>'
IMG = re.compile(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="[^"<>]*">')


@pytest.fixture(scope="module")
def report(sample_run: dict, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Settings, Path]:
    """The report of a copy of the sample warehouse, with a hostile text event added toward VEN."""
    folder = tmp_path_factory.mktemp("report")
    warehouse = folder / "allywatch.duckdb"
    shutil.copy(sample_run["warehouse"], warehouse)
    settings = load_settings(None, warehouse)
    con = duckdb.connect(str(warehouse))
    try:
        # A strong, recent RUS -> VEN support event whose evidence and URL try to inject markup and script.
        con.execute(
            "insert into fact_event (event_key, date_key, event_type_key, origin, cameo_code, quad_class, "
            "goldstein, num_articles, direction, support_category, source_iso3, target_iso3, is_state_dyad, "
            "evidence, source_url, batch_id) values (1, 20251227, 1, 'text', '074', 2, 10.0, 50, 'support', "
            "'military', 'RUS', 'VEN', true, ?, 'javascript:alert(1)', 'test:injection')", [INJECTION])
        path = write_report(con, settings, "VEN", folder / "reports")
        patrons_with_support = con.execute(
            "select count(distinct patron_iso3) from mart_support_monthly where client_iso3 = 'VEN' "
            "and direction = 'support' and patron_iso3 in (select unnest(?))", [list(settings.patrons)]
        ).fetchone()[0]
    finally:
        con.close()
    return path.read_text(encoding="utf-8"), settings, patrons_with_support


def test_every_chart_is_an_inline_svg_with_a_caption(report) -> None:
    page, settings, patrons_with_support = report
    images = IMG.findall(page)
    # one chart per patron with support (index over monthly intensity), pressure beside support, appeals
    assert patrons_with_support == 5
    assert len(images) == patrons_with_support + 2
    assert page.count("<figure>") == page.count("<figcaption>") == len(images)
    for encoded in images:
        svg = base64.b64decode(encoded).decode("utf-8")
        root = ET.fromstring(svg)  # well-formed
        assert root.tag.endswith("svg") and "<script" not in svg
    for patron in settings.patrons:
        assert f'alt="{patron} to VEN: support index and monthly intensity by category"' in page
    # self-contained: no script, no stylesheet or image fetched from anywhere
    assert "<script" not in page and "<link" not in page and not re.search(r'src="(?!data:image/svg)', page)


def test_every_table_is_present(report) -> None:
    page, settings, _ = report
    for caption in ["At a glance, as of 2025-12-28 (the newest day of data)", "RUS → VEN: support per year",
                    "CHN → VEN: support per year",
                    "Pressure on VEN", "Appeals and whether they were answered, newest first",
                    "Shift alert episodes toward VEN, newest first", "Top 25 by intensity",
                    "Pledges to VEN per patron and year of the pledge, newest first"]:
        assert f"<caption>{caption}" in page, caption
    for heading in ["Support for VEN by patron", "Pressure on VEN beside patron support",
                    "Appeals by VEN and fulfilment", "Pledges to VEN against deliveries", "Shift alerts",
                    "Strongest events toward VEN"]:
        assert f"<h2>{heading}" in page, heading
    for patron in settings.patrons:
        assert f"<td>{patron} → VEN</td>" in page  # a row in the at-a-glance table


def test_hostile_evidence_and_urls_are_escaped(report) -> None:
    page, _, _ = report
    assert "<script" not in page and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript' not in page and "javascript:alert(1)" in page  # shown as text, not a link
    links = re.findall(r'href="([^"]*)"', page)
    assert links and all(link.startswith(("http://", "https://", "file://")) for link in links)


def test_report_for_another_client_by_configuration(prefect_backend: None, tmp_path: Path) -> None:
    """clients = IRN: the sample (Venezuela-centred) has USA -> IRN pressure and VEN -> IRN support."""
    from flows.pipelines import pipeline

    config = tmp_path / "allywatch.toml"
    config.write_text('clients = ["IRN"]\npatrons = ["RUS", "CHN"]\npressure_states = ["USA"]\n', encoding="utf-8")
    warehouse = tmp_path / "allywatch.duckdb"
    result = pipeline(str(warehouse), str(config))
    report = Path(result["paths"]["report"])
    assert report.name == "allywatch_irn.html"
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        pressure = con.execute("select client_iso3, sum(pressure_events), sum(patron_support_events) "
                               "from mart_pressure group by all").fetchall()
        usa_on_iran = con.execute("select count(*) from v_support_event where patron_iso3 = 'USA' "
                                  "and client_iso3 = 'IRN' and direction = 'pressure'").fetchone()[0]
        roles = dict(con.execute("select role, list(iso3 order by iso3) from tracked_state group by role").fetchall())
    finally:
        con.close()
    assert usa_on_iran > 0
    assert pressure == [("IRN", usa_on_iran, 0)]  # the sample has no RUS/CHN support for Iran
    assert roles == {"client": ["IRN"], "patron": ["CHN", "RUS"], "pressure": ["USA"]}
    page = report.read_text(encoding="utf-8")
    assert "<h1>Support for IRN" in page and "<h2>Pressure on IRN beside patron support" in page
    assert '<td class="text">USA</td><td class="text">IRN</td>' in page  # the yearly pressure table
    assert "<td>RUS → IRN</td>" in page and "<td>CHN → IRN</td>" in page  # at a glance
    assert "→ VEN" not in page  # nothing about Venezuela as a client
    assert len(IMG.findall(page)) == 1  # only the pressure chart: no patron support, no appeals by Iran
    assert "RUS → IRN: no support events recorded" in page


def test_the_pledge_table_shows_the_mart(report) -> None:
    """Each pledge row of the report carries the figures mart_pledge_delivery holds for it (origin all)."""
    page, settings, _ = report
    con = duckdb.connect(str(settings.warehouse), read_only=True)  # the report's own copy of the sample
    try:
        rows = con.execute("select patron_iso3, year, pledged, delivered, expired, pending from mart_pledge_delivery "
                           "where client_iso3 = 'VEN' and origin = 'all' order by year desc, patron_iso3").fetchall()
    finally:
        con.close()
    assert rows and sum(r[3] for r in rows) > 0  # the sample has delivered pledges
    for patron, year, pledged, delivered, expired, pending in rows:
        assert (f"<td class=\"text\">{patron} → VEN</td><td>{year}</td><td>{pledged}</td><td>{delivered}</td>"
                f"<td>{expired}</td><td>{pending}</td>") in page
