"""Staging and loading a group as the flow does (tests.gdelt_loading.load_landed) on a real DuckDB file:
reconciliation, quarantine, duplicates, rejection, atomicity."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from flows.collect.gdelt import GdeltSource, fetch_to_landing, scan_file_list
from flows.config import load_settings
from flows.load.gdelt_load import LandedFile
from flows.prepare import prepared_warehouse
from tests.gdelt_files import event_row, write_export, write_lists
from tests.gdelt_loading import load_landed
from tests.support_daily import rebuild_support_daily


def land(folder: Path, settings) -> list[LandedFile]:
    listed = scan_file_list((folder / "masterfilelist.txt").read_text()).files
    return [LandedFile(f, fetch_to_landing(f, GdeltSource(source_dir=folder), settings.landing)) for f in listed]


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(warehouse=tmp_path / "w.duckdb")


def test_group_reconciles_and_quarantines_each_kind_of_bad_row(tmp_path: Path, settings) -> None:
    folder = tmp_path / "m"
    first = write_export(folder, "20250301000000", [
        event_row(1), event_row(2, actor1="FRA", actor2="DEU"), event_row(3, day="20251345"),
        event_row(4, columns=60), event_row(5, code="999"), event_row(6, actor2=""),
        event_row(7, columns=62), event_row(9, goldstein="strong")])
    second = write_export(folder, "20250301001500", [event_row(1), event_row(8, code="163", goldstein="-8",
                                                                                quad="4", actor1="USA")])
    write_lists(folder, [first, second])
    settings = replace(settings, quarantine_threshold=0.9)
    with prepared_warehouse(settings) as con:
        results = load_landed(con, land(folder, settings), settings)
        a, b = results
        # row 6 has no Actor2 and a patron as Actor1: out of the tracked scope, so filtered
        assert (a.received, a.loaded, a.quarantined, a.filtered, a.duplicate) == (8, 1, 5, 2, 0)
        assert (b.received, b.loaded, b.quarantined, b.filtered, b.duplicate) == (2, 1, 0, 0, 1)
        reasons = dict(con.execute("select expectation, reason from quarantine").fetchall())
        assert "parse:missing_columns" in reasons and "parse:too_many_columns" in reasons
        assert any("day_is_date" in e for e in reasons) and any("event_code_is_cameo" in e for e in reasons)
        assert any("goldstein_is_number" in e for e in reasons)
        assert con.execute("select count(*) from fact_event").fetchone()[0] == 2
        assert con.execute("select sum(events_received) from fact_volume_daily").fetchone()[0] == 10
        support = con.execute("select patron_iso3, client_iso3, direction, events from fact_support_daily "
                              "order by direction").fetchall()
        assert support == [("USA", "VEN", "pressure", 1), ("RUS", "VEN", "support", 1)]


def test_batch_over_threshold_is_rejected_whole(tmp_path: Path, settings) -> None:
    folder = tmp_path / "m"
    bad = write_export(folder, "20250301000000", [event_row(1), event_row(2, code="999"), event_row(3)])
    write_lists(folder, [bad])
    with prepared_warehouse(settings) as con:
        (result,) = load_landed(con, land(folder, settings), settings)
        assert result.status == "rejected" and result.loaded == 0 and result.quarantined == 3
        assert "1 of 3 in-scope rows failed" in result.error
        assert con.execute("select count(*) from fact_event").fetchone()[0] == 0
        assert con.execute("select status from batch_ledger").fetchone()[0] == "rejected"


def test_failure_inside_the_transaction_leaves_nothing(tmp_path: Path, settings, monkeypatch) -> None:
    folder = tmp_path / "m"
    write_lists(folder, [write_export(folder, "20250301000000", [event_row(1), event_row(2)])])
    import flows.load.gdelt_load as gdelt_load

    def crash(*_args, **_kwargs):
        raise RuntimeError("simulated crash after the fact insert")

    monkeypatch.setattr(gdelt_load, "refresh_derived", crash)
    tables = ("fact_event", "batch_ledger", "quarantine", "dim_actor", "fact_volume_daily", "validation_result")
    with prepared_warehouse(settings) as con:
        before = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
        with pytest.raises(RuntimeError):
            load_landed(con, land(folder, settings), settings)
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        after = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
        assert after == before and after["fact_event"] == after["batch_ledger"] == 0
    finally:
        con.close()


def test_a_settled_batch_met_again_is_left_untouched(tmp_path: Path, settings) -> None:
    """Defence in depth behind the planner: a group holding a batch the ledger has as loaded stores only
    the others; the settled batch's ledger row, facts and daily support stay as they were."""
    folder = tmp_path / "m"
    zips = [write_export(folder, "20250301000000", [event_row(1), event_row(2)]),
            write_export(folder, "20250301001500", [event_row(3)])]
    write_lists(folder, zips)
    first, second = land(folder, settings)
    ledger = "select batch_id, status, received, loaded, duplicate, attempts, finished_at from batch_ledger"
    with prepared_warehouse(settings) as con:
        load_landed(con, [first], settings)
        before = con.execute(ledger).fetchall()
        assert load_landed(con, [first], settings) == []
        assert con.execute(ledger).fetchall() == before
        (stored,) = load_landed(con, [first, second], settings)
        assert (stored.batch_id, stored.loaded) == (second.listed.batch_id, 1)
        assert con.execute(ledger + " where batch_id = ?", [first.listed.batch_id]).fetchall() == before
        assert con.execute("select count(*) from fact_event").fetchone()[0] == 3
        assert con.execute("select sum(events) from fact_support_daily").fetchone()[0] == 3
        incremental = con.execute(SUPPORT_DAILY).fetchall()
        rebuild_support_daily(con)
        assert con.execute(SUPPORT_DAILY).fetchall() == incremental


SUPPORT_DAILY = ("select date_key, patron_iso3, client_iso3, support_category, direction, origin, events, "
                 "round(weighted_events, 9), round(intensity, 9), amount_usd, round(avg_tone, 9), tone_events "
                 "from fact_support_daily order by all")


def test_groups_add_to_support_daily_exactly_as_a_rebuild_would(tmp_path: Path, settings) -> None:
    """The delta update (one group after another, same days, a row without tone, a repeated event)."""
    folder = tmp_path / "m"
    no_tone = event_row(3, articles=7).split("\t")
    no_tone[34] = ""
    zips = [write_export(folder, "20250301000000", [event_row(1), event_row(2, code="0871", goldstein="7.4")]),
            write_export(folder, "20250301001500", ["\t".join(no_tone), event_row(1), event_row(4, day="20250228")]),
            write_export(folder, "20250301003000", [event_row(5, actor1="VEN", actor2="RUS", code="0233")])]
    write_lists(folder, zips)
    landed = land(folder, settings)
    with prepared_warehouse(settings) as con:
        for one in landed:
            load_landed(con, [one], settings)
        incremental = con.execute(SUPPORT_DAILY).fetchall()
        rebuild_support_daily(con)
        assert con.execute(SUPPORT_DAILY).fetchall() == incremental
    days = {(row[0], row[4]): (row[6], row[11]) for row in incremental}
    assert days[(20250301, "support")] == (3, 2)  # events 1 and 2 and the toneless 3; 1 repeated is not counted
    assert days[(20250228, "support")] == (1, 1)
    assert days[(20250301, "appeal")] == (1, 1)


def test_rows_from_before_tone_events_are_rebuilt_once_on_open(tmp_path: Path, settings) -> None:
    folder = tmp_path / "m"
    write_lists(folder, [write_export(folder, "20250301000000", [event_row(1), event_row(2)])])
    with prepared_warehouse(settings) as con:
        load_landed(con, land(folder, settings), settings)
        expected = con.execute(SUPPORT_DAILY).fetchall()
        con.execute("update fact_support_daily set tone_events = null")  # as migration 6 leaves old rows
        con.execute("delete from reference_state")  # what a new release's fingerprint does
    with prepared_warehouse(settings) as con:
        assert con.execute(SUPPORT_DAILY).fetchall() == expected
