"""The headline on the real sample run: present in the published report, marked as the synthetic sample,
and its figures equal what SQL written here computes from the marts of the same warehouse."""
from __future__ import annotations

import html
import re
from pathlib import Path

import duckdb
import pytest

from flows.config import load_settings
from flows.marts.headline import Headline, read_headline

# Written here, apart from sql/queries/headline_change.sql: BI example 2's comparison for one state,
# the baseline average pro-rated to the elapsed days of the newest year.
CHANGE = """
select
    100 * (sum(m.intensity) filter (where m.year = year(n.last_day))
           - sum(m.intensity) filter (where m.year in (2018, 2019)) / 2 * dayofyear(n.last_day) / 365)
        / (sum(m.intensity) filter (where m.year in (2018, 2019)) / 2 * dayofyear(n.last_day) / 365) as pct,
    n.last_day
from mart_support_monthly as m, (select max(date) as last_day from dim_date) as n
where m.client_iso3 = 'VEN' and m.patron_iso3 = ? and m.origin = 'all' and m.direction = ?
  and (m.direction = 'pressure' or m.is_material)
group by n.last_day
"""


@pytest.fixture(scope="module")
def headline(sample_run: dict) -> tuple[Headline, duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(sample_run["warehouse"]), read_only=True)
    yield read_headline(con, load_settings(None, sample_run["warehouse"]), "VEN"), con
    con.close()


def _sentence(headline: Headline, lead: str) -> str:
    [found] = [s for s in headline.sentences if s.startswith(lead)]
    return found


@pytest.mark.parametrize(("state", "direction", "lead"), [
    ("RUS", "support", "Russia → Venezuela"), ("CHN", "support", "China → Venezuela"),
    ("USA", "pressure", "United States → Venezuela")])
def test_each_change_equals_the_marts(headline, state: str, direction: str, lead: str) -> None:
    found, con = headline
    pct, last_day = con.execute(CHANGE, [state, direction]).fetchone()
    expected = f"{'up' if pct > 0 else 'down'} {abs(round(pct))} %"
    sentence = _sentence(found, lead)
    assert f"{lead}, 2025 to {last_day.isoformat()} (partial year)" in sentence  # the sample ends 2025-12-28
    assert f"{expected} against the 2018-19 yearly average for the same {last_day.timetuple().tm_yday} days" \
        in sentence, sentence
    assert sentence.endswith("(synthetic sample).")


def test_the_sample_answers_yes(headline) -> None:
    """On the synthetic sample, as BI example 2 shows: RUS and CHN material support down, US pressure up."""
    found, _ = headline
    assert re.search(r"material support down \d+ %", _sentence(found, "Russia → Venezuela"))
    assert re.search(r"material support down \d+ %", _sentence(found, "China → Venezuela"))
    assert re.search(r"pressure up \d+ %", _sentence(found, "United States → Venezuela"))


def test_appeals_and_index_equal_the_marts(headline) -> None:
    found, con = headline
    appeals, met = con.execute(
        "select count(*), count(*) filter (where fulfilled) from mart_appeals where client_iso3 = 'VEN' "
        "and patron_iso3 = 'RUS' and year = (select year(max(date)) from dim_date)").fetchone()
    [index] = con.execute("select support_index from mart_support_index where patron_iso3 = 'RUS' and client_iso3 "
                          "= 'VEN' and origin = 'all' and date = (select max(date) from dim_date)").fetchone()
    sentence = _sentence(found, "Russia → Venezuela")
    assert appeals > 0 and f"{appeals} appeals from Venezuela, {met} met by material support within 90 days" in sentence
    assert f"support index {index:.0f} (its last 30 days" in sentence


def test_a_patron_without_material_support_says_so(headline) -> None:
    found, con = headline
    assert con.execute("select count(*) from mart_support_monthly where patron_iso3 = 'IRN' and client_iso3 = 'VEN' "
                       "and is_material and direction = 'support' and year in (2018, 2019, 2025)").fetchone() == (0,)
    assert "no material support events, nor in 2018-19" in _sentence(found, "Iran → Venezuela")


def test_the_published_report_opens_with_the_headline(sample_run: dict, headline) -> None:
    found, _ = headline
    page = Path(sample_run["second"]["paths"]["report"]).read_text(encoding="utf-8")
    assert found.title == "The answer for Venezuela, as of 2025-12-28 (synthetic sample)"
    top = page.index(f"<h2>{html.escape(found.title)}</h2>")
    assert top < page.index("<caption>At a glance, as of 2025-12-28")
    for sentence in found.sentences:
        assert f"<li>{html.escape(sentence)}</li>" in page
