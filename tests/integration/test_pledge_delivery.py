"""mart_pledge_delivery on a hand-made warehouse: every expected match worked out by hand from the rule in
docs/metrics.md (window 30 days here, so its edges are easy to place)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.config import Settings
from flows.db import run_sql
from flows.prepare import prepared_warehouse
from tests.support_daily import rebuild_support_daily

INSERT = """insert into fact_event (event_key, date_key, event_type_key, origin, cameo_code, quad_class, goldstein,
    num_articles, direction, support_category, negated, source_iso3, target_iso3, is_state_dyad, batch_id)
    values (?, ?, 1, ?, ?, ?, 5.0, 0, 'support', ?, ?, ?, ?, true, 'test:batch')"""

# key, day, origin, code, category, negated, source -> target (all RUS -> VEN unless said)
EVENTS = [
    (1, 20240101, "gdelt", "0311", "economic", False, "RUS"),  # P1
    (2, 20240131, "gdelt", "061", "economic", False, "RUS"),  # D1: day 30 of P1's window, its last -> P1
    (3, 20240105, "text", "0311", "economic", False, "RUS"),  # text pledge; nothing text delivers it
    (4, 20240301, "gdelt", "0332", "military", False, "RUS"),  # P2
    (5, 20240401, "gdelt", "072", "military", False, "RUS"),  # D2: day 31, one past the window -> none
    (6, 20240501, "gdelt", "0331", "economic", False, "RUS"),  # P3
    (7, 20240510, "gdelt", "0311", "economic", False, "RUS"),  # P4
    (8, 20240512, "gdelt", "061", "economic", False, "CHN"),  # CHN's delivery: another dyad, takes nothing
    (9, 20240520, "gdelt", "071", "economic", False, "RUS"),  # D3: P3 and P4 open -> the earliest, P3
    (10, 20240701, "gdelt", "0333", "humanitarian", False, "RUS"),  # P5
    (11, 20240705, "gdelt", "062", "military", False, "RUS"),  # D4: military, not P5's category
    (12, 20240801, "gdelt", "0332", "military", False, "RUS"),  # P6
    (13, 20240805, "gdelt", "062", "military", True, "RUS"),  # negated delivery: not counted
    (14, 20240901, "gdelt", "0311", "economic", False, "RUS"),  # P7
    (15, 20240901, "gdelt", "061", "economic", False, "RUS"),  # D5: the same day -> P7, 0 days
    (16, 20241001, "gdelt", "0312", "military", False, "RUS"),  # P8
    (17, 20241001, "gdelt", "0312", "military", False, "RUS"),  # P8 again, another report: one act
    (18, 20241011, "gdelt", "062", "military", False, "RUS"),  # D6 -> P8, 10 days
    (19, 20241012, "gdelt", "072", "military", False, "RUS"),  # D7: P8 already delivered -> none
    (20, 20241101, "gdelt", "032", "diplomatic", False, "RUS"),  # diplomatic intent: not a pledge
    (21, 20250220, "gdelt", "0311", "economic", False, "RUS"),  # P9: window open on the last day
    (22, 20250301, "gdelt", "051", "diplomatic", False, "RUS"),  # the last day of data
]


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("pledges")
    settings = Settings(warehouse=folder / "w.duckdb", clients=("VEN",), patrons=("RUS", "CHN"),
                        pressure_states=("USA",), pledge_window_days=30)
    with prepared_warehouse(settings) as writer:
        for key, day, origin, code, category, negated, source in EVENTS:
            quad = 1 if code[:2] in ("03", "05") else 2  # verbal intent or statement, else material
            writer.execute(INSERT, [key, day, origin, code, quad, category, negated, source, "VEN"])
        rebuild_support_daily(writer)
        run_sql(writer, "load/dim_date_fill.sql")
    reader = duckdb.connect(str(settings.warehouse), read_only=True)
    yield reader
    reader.close()


def _row(con, origin: str, year: int, patron: str = "RUS") -> tuple | None:
    return con.execute(
        "select pledged, delivered, expired, pending, share_delivered, median_days_to_delivery "
        "from mart_pledge_delivery where patron_iso3 = ? and client_iso3 = 'VEN' and origin = ? and year = ?",
        [patron, origin, year]).fetchone()


def test_the_window_comes_from_configuration(con) -> None:
    assert con.execute("select value from mart_parameter where name = 'pledge_window_days'").fetchone() == (30,)


def test_gdelt_pledges_of_2024_matched_by_hand(con) -> None:
    # pledged P1..P8 (P8's two reports are one act) = 8; delivered P1 (30 d), P3 (19 d), P7 (0 d), P8 (10 d);
    # expired P2 (D2 a day late), P4 (D3 went to P3), P5 (only a military delivery), P6 (negated delivery)
    assert _row(con, "gdelt", 2024) == (8, 4, 4, 0, 0.5, 14.5)


def test_a_pledge_still_in_its_window_is_pending_not_missed(con) -> None:
    # P9 on 2025-02-20, last day 2025-03-01: 9 days into a 30-day window
    assert _row(con, "gdelt", 2025) == (1, 0, 0, 1, None, None)


def test_origins_match_apart_and_together(con) -> None:
    assert _row(con, "text", 2024) == (1, 0, 1, 0, 0.0, None)
    # all: the text pledge of 2024-01-05 joins P1..P8; D1 still goes to the earlier P1
    assert _row(con, "all", 2024) == (9, 4, 5, 0, 4 / 9, 14.5)


def test_a_dyad_without_pledges_has_no_rows(con) -> None:
    assert con.execute("select count(*) from mart_pledge_delivery where patron_iso3 = 'CHN'").fetchone() == (0,)


def test_each_delivery_and_each_pledge_is_used_once(con) -> None:
    delivered, pledged = con.execute(
        "select sum(delivered), sum(pledged) from mart_pledge_delivery where origin = 'gdelt'").fetchone()
    deliveries = sum(1 for e in EVENTS if e[2] == "gdelt" and e[3][:2] in ("06", "07") and not e[5]
                     and e[6] == "RUS")
    assert delivered <= min(deliveries, pledged) and delivered == 4
