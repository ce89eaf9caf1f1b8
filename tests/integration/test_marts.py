"""The mart views on a small hand-made warehouse, against values worked out by hand from docs/metrics.md.

Every event has num_articles = 0 (weight w = 1 + ln(1 + 0) = 1, so intensity = |goldstein|) except E3,
which has 3 articles (w = 1 + ln 4).
"""
from __future__ import annotations

import math
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from flows.config import Settings
from flows.db import run_sql
from flows.prepare import prepared_warehouse
from tests.support_daily import rebuild_support_daily

W4 = 1 + math.log(4)  # weight of E3 (3 articles)
K = 30 / 365  # baseline scale

INSERT = """insert into fact_event (event_key, date_key, event_type_key, origin, cameo_code, quad_class, goldstein,
    num_articles, direction, support_category, negated, source_iso3, target_iso3, is_state_dyad,
    action_geo_feature, evidence, source_url, batch_id)
    values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test:batch')"""

# key, day, origin, code, quad, goldstein, articles, direction, category, negated, source, target, state, place
EVENTS = [
    # RUS -> VEN support, material (quad class 2)
    (1, 20240101, "gdelt", "062", 2, 7.0, 0, "support", "military", False, "RUS", "VEN", True, "Caracas"),  # E1
    (2, 20240601, "gdelt", "062", 2, 5.0, 0, "support", "military", False, "RUS", "VEN", True, "Caracas"),  # E2
    (3, 20241220, "gdelt", "071", 2, 6.0, 3, "support", "economic", False, "RUS", "VEN", True, "Caracas"),  # E3
    (4, 20250110, "text", "074", 2, 4.0, 0, "support", "military", False, "RUS", "VEN", True, None),  # E4
    (5, 20250220, "gdelt", "051", 1, 3.4, 0, "support", "diplomatic", False, "RUS", "VEN", True, None),  # V, verbal
    (6, 20250515, "gdelt", "062", 2, 8.0, 0, "support", "military", False, "RUS", "VEN", True, None),  # E6
    # never counted: negated, and not between two states
    (7, 20250114, "gdelt", "062", 2, 9.0, 0, "support", "military", True, "RUS", "VEN", True, None),
    (8, 20250114, "gdelt", "062", 2, 9.0, 0, "support", "military", False, "RUS", "VEN", False, None),
    # appeals VEN -> RUS (patron RUS, client VEN)
    (10, 20241101, "gdelt", "0232", 1, 3.4, 0, "appeal", "military", False, "VEN", "RUS", True, None),  # A1
    (11, 20250201, "gdelt", "0232", 1, 3.4, 0, "appeal", "military", False, "VEN", "RUS", True, None),  # A2
    (12, 20250210, "gdelt", "0231", 1, 3.4, 0, "appeal", "economic", False, "VEN", "RUS", True, None),  # A3
    (13, 20250214, "gdelt", "0232", 1, 3.4, 0, "appeal", "military", False, "VEN", "RUS", True, None),  # A4
    # pressure on VEN: from USA (a pressure state) and from GBR (not tracked)
    (20, 20250105, "gdelt", "163", 4, -8.0, 0, "pressure", "economic", False, "USA", "VEN", True, None),  # P1
    (21, 20250120, "gdelt", "172", 4, -5.0, 0, "pressure", "military", False, "USA", "VEN", True, None),  # P2
    (22, 20250120, "gdelt", "172", 4, -5.0, 0, "pressure", "military", False, "GBR", "VEN", True, None),
    # CHN -> VEN reports of the same acts, for mart_events_distinct
    (30, 20240601, "gdelt", "062", 2, 7.0, 2, "support", "military", False, "CHN", "VEN", True, "Caracas"),
    (31, 20240601, "gdelt", "0621", 2, 7.0, 3, "support", "military", False, "CHN", "VEN", True, "Caracas"),
    (32, 20240601, "gdelt", "062", 2, 7.0, 1, "support", "military", False, "CHN", "VEN", True, "Maracaibo"),
    (33, 20240602, "gdelt", "062", 2, 7.0, 4, "support", "military", False, "CHN", "VEN", True, "Caracas"),
]


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("marts")
    settings = Settings(warehouse=folder / "w.duckdb", clients=("VEN",), patrons=("RUS", "CHN"),
                        pressure_states=("USA",), min_baseline=1.0)
    with prepared_warehouse(settings) as writer:
        for key, day, origin, code, quad, goldstein, articles, direction, category, negated, source, target, \
                state, place in EVENTS:
            writer.execute(INSERT, [key, day, origin, code, quad, goldstein, articles, direction, category,
                                    negated, source, target, state, place, f"evidence {key}",
                                    f"https://example.org/{key}"])
        rebuild_support_daily(writer)
        run_sql(writer, "load/dim_date_fill.sql")
    reader = duckdb.connect(str(settings.warehouse), read_only=True)
    yield reader
    reader.close()


def _index(con, day: date, origin: str = "all", patron: str = "RUS") -> tuple:
    return con.execute("select s30, baseline, support_index, baseline_partial from mart_support_index "
                       "where patron_iso3 = ? and client_iso3 = 'VEN' and origin = ? and date = ?",
                       [patron, origin, day]).fetchone()


def test_support_index_on_a_day_with_recent_and_baseline_support(con) -> None:
    # d = 2025-01-15: S30 covers 2024-12-17..2025-01-15 -> E3 (6 x W4) + E4 (4, text);
    # B covers d-394..d-30 = 2023-12-18..2024-12-16 -> E1 + E2 = 7 + 5 = 12, scaled by 30/365.
    # The negated event and the non-state event of 2025-01-14 do not count.
    s30, baseline, index, partial = _index(con, date(2025, 1, 15))
    assert s30 == pytest.approx(6 * W4 + 4)
    assert baseline == pytest.approx(12 * K)
    assert index == pytest.approx(100 * (6 * W4 + 4) / (6 * W4 + 4 + 12 * K))
    assert partial is True  # first event 2024-01-01 is after d-394 = 2023-12-18


def test_support_index_per_origin(con) -> None:
    # gdelt alone: S30 = E3 only; B the same 12 x 30/365.
    s30, baseline, index, _ = _index(con, date(2025, 1, 15), "gdelt")
    assert (s30, baseline) == (pytest.approx(6 * W4), pytest.approx(12 * K))
    assert index == pytest.approx(100 * 6 * W4 / (6 * W4 + 12 * K))
    # text alone: its history starts with E4 on 2025-01-10: S30 = 4, B = 0 -> index 100.
    assert _index(con, date(2025, 1, 15), "text") == (pytest.approx(4.0), 0.0, pytest.approx(100.0), True)


def test_baseline_partial_ends_394_days_after_the_first_event(con) -> None:
    # 2024-01-01 + 394 days = 2025-01-29 (2024 has 366 days): from then on the baseline window is full.
    assert _index(con, date(2025, 1, 28))[3] is True
    assert _index(con, date(2025, 1, 29))[3] is False


def test_index_is_null_without_any_support_and_zero_when_only_baseline(con) -> None:
    # 2024-01-01 is the dyad's first day: S30 = 7, B = 0 -> 100. CHN has no events before 2024-06-01.
    assert _index(con, date(2024, 1, 1))[2] == pytest.approx(100.0)
    assert _index(con, date(2024, 5, 31), patron="CHN") is None  # before the dyad's first event: no row
    # 2025-04-15: S30 window 2025-03-17..04-15 is empty; B > 0 -> index 0.
    assert _index(con, date(2025, 4, 15))[2] == 0.0


def test_trend_is_index_minus_index_90_days_before(con) -> None:
    # 2025-04-15 - 90 days = 2025-01-15: trend = 0 - index(2025-01-15).
    before = 100 * (6 * W4 + 4) / (6 * W4 + 4 + 12 * K)
    row = con.execute("select support_index, support_index_90d_ago, trend_90d from mart_support_trend "
                      "where patron_iso3 = 'RUS' and client_iso3 = 'VEN' and origin = 'all' "
                      "and date = '2025-04-15'").fetchone()
    assert row == (0.0, pytest.approx(before), pytest.approx(-before))


def test_shift_alert_when_support_halves_against_a_big_enough_baseline(con) -> None:
    alerts = {r[0]: r[1:] for r in con.execute(
        "select date, s30, baseline, events_behind, is_active from mart_shift_alerts "
        "where patron_iso3 = 'RUS' and client_iso3 = 'VEN'").fetchall()}
    # 2025-04-01: S30 window 03-03..04-01 is empty; B window 2024-03-02..2025-03-02 holds
    # E2 5 + E3 6 x W4 + E4 4 + V 3.4 -> B = (12.4 + 6 x W4) x 30/365 ~ 2.20 >= min_baseline 1, and 0 <= B/2.
    s30, baseline, events_behind, active = alerts[date(2025, 4, 1)]
    assert s30 == 0.0 and baseline == pytest.approx((12.4 + 6 * W4) * K)
    assert events_behind == 4 and active is False  # E2, E3, E4, V within d-394..d; the newest day is 2025-05-15
    # 2025-01-15: B = 12 x 30/365 ~ 0.99 < min_baseline 1 -> no alert.
    # 2025-01-29: S30 = E4 = 4; B = (7 + 5 + 6 x W4) x 30/365 ~ 2.16; 4 > B/2 -> no alert.
    assert date(2025, 1, 15) not in alerts and date(2025, 1, 29) not in alerts
    # CHN is a tracked patron with events only on 2024-06-01/02: B = (7(1+ln3) + 7 W4 + 7(1+ln2) + 7(1+ln5))
    # x 30/365 ~ 2.4 from 2024-07-02 (d-30 reaches them) while S30 = 0 -> alerts too; GBR never (not a patron).
    assert con.execute("select count(*) from mart_shift_alerts where patron_iso3 = 'GBR'").fetchone()[0] == 0


def test_appeal_fulfilment_within_90_days_of_material_support(con) -> None:
    rows = {r[0]: r[1:] for r in con.execute(
        "select event_key, fulfilled, first_support_date, fulfilment_rate_year from mart_appeals "
        "where patron_iso3 = 'RUS' and client_iso3 = 'VEN'").fetchall()}
    # A1 2024-11-01 -> E3 2024-12-20 (quad 2) 49 days later: fulfilled; 2024 rate 1/1.
    assert rows[10] == (True, date(2024, 12, 20), pytest.approx(1.0))
    # A2 2025-02-01: V is verbal (quad 1); E6 2025-05-15 is 103 days later: not fulfilled.
    assert rows[11][:2] == (False, None)
    # A3 2025-02-10: only the verbal V (2025-02-20) within 90 days; E6 is 94 days later: not fulfilled.
    assert rows[12][:2] == (False, None)
    # A4 2025-02-14 -> E6 2025-05-15, exactly 90 days (28 + 31 + 30 + 1): fulfilled. 2025 rate: 1 of 3.
    assert rows[13] == (True, date(2025, 5, 15), pytest.approx(1 / 3))


def test_pressure_beside_patron_support_per_month(con) -> None:
    rows = {r[0]: r[1:] for r in con.execute(
        "select month, pressure_events, pressure_intensity, patron_support_events, patron_support_intensity "
        "from mart_pressure where client_iso3 = 'VEN'").fetchall()}
    # 2025-01: USA P1 |-8| + P2 |-5| = 13 (GBR is not a pressure state); support E4 = 4 (text; negated and
    # non-state events do not count).
    assert rows[date(2025, 1, 1)] == (2, pytest.approx(13.0), 1, pytest.approx(4.0))
    # 2024-06: support only: RUS E2 5 + CHN 7(1+ln3) + 7(1+ln4) + 7(1+ln2) (2024-06-01) + 7(1+ln5) (06-02).
    chn = 7 * (4 + math.log(3) + math.log(4) + math.log(2) + math.log(5))
    assert rows[date(2024, 6, 1)] == (0, 0.0, 5, pytest.approx(5 + chn))
    assert {r[0] for r in con.execute("select distinct client_iso3 from mart_pressure").fetchall()} == {"VEN"}


def test_events_distinct_collapses_reports_of_one_act(con) -> None:
    rows = con.execute("select date_key, base_code, place, reports, articles from mart_events_distinct "
                       "where source_iso3 = 'CHN' order by all").fetchall()
    # keys 30 and 31: same day, dyad, base code 062 and place -> one event of 2 reports (2 + 3 articles);
    # key 32 happened elsewhere, key 33 a day later.
    assert rows == [(20240601, "062", "Caracas", 2, 5), (20240601, "062", "Maracaibo", 1, 1),
                    (20240602, "062", "Caracas", 1, 4)]


def test_incremental_support_daily_equals_a_full_rebuild(sample_run: dict, tmp_path: Path) -> None:
    """On the real sample warehouse (loaded file group by file group), a rebuild from fact_event changes nothing."""
    copy = tmp_path / "copy.duckdb"
    shutil.copy(sample_run["warehouse"], copy)
    query = ("select date_key, patron_iso3, client_iso3, support_category, direction, origin, events, "
             "round(weighted_events, 9), round(intensity, 9), round(amount_usd, 6), round(avg_tone, 9), tone_events "
             "from fact_support_daily order by all")
    con = duckdb.connect(str(copy))
    try:
        incremental = con.execute(query).fetchall()
        rebuild_support_daily(con)
        rebuilt = con.execute(query).fetchall()
    finally:
        con.close()
    assert len(incremental) > 100
    assert incremental == rebuilt


TONE_INSERT = """insert into fact_event (event_key, date_key, event_type_key, origin, cameo_code, quad_class, goldstein,
    tone, num_articles, direction, support_category, negated, source_iso3, target_iso3, is_state_dyad, batch_id)
    values (?, ?, 1, ?, '062', 2, 7.0, ?, 0, 'support', 'military', false, 'CHN', 'VEN', true, 'test:tone')"""


def test_tone_of_all_origins_is_weighted_by_the_events_that_carry_a_tone(tmp_path: Path) -> None:
    """Two GDELT events with a tone and one text event without (CHN -> VEN, May 2025): 'all' keeps GDELT's tone."""
    tones = {41: -3.0, 42: -1.22}
    settings = Settings(warehouse=tmp_path / "w.duckdb", clients=("VEN",), patrons=("CHN",), pressure_states=())
    with prepared_warehouse(settings) as writer:
        for key, tone in tones.items():
            writer.execute(TONE_INSERT, [key, 20250505, "gdelt", tone])
        writer.execute(TONE_INSERT, [43, 20250512, "text", None])
        rebuild_support_daily(writer)
        run_sql(writer, "load/dim_date_fill.sql")
        rows = dict(writer.execute("select origin, (events, avg_tone) from mart_support_monthly "
                                   "where month = date '2025-05-01' and patron_iso3 = 'CHN'").fetchall())
    mean = sum(tones.values()) / len(tones)
    assert rows["gdelt"] == (2, pytest.approx(mean))
    assert rows["text"] == (1, None)
    assert rows["all"] == (3, pytest.approx(mean))  # was -1.41: the text event counted as a tone of 0
