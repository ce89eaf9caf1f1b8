"""Issue 18 item 4 through the news load: events with an IGO, a group or no state at all are stored with
their country and sector (null country where there is none), one-sided events (a protest, an attack)
with a null target, and the support metrics count only the state-to-state ones."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb

STORY = ("Russia sent two strategic bombers to Venezuela. Venezuela asked the United Nations for humanitarian aid. "
         "The protesters accused the police of brutality. The Venezuelan government arrested dozens of students.")


def test_events_without_a_state_are_stored_and_not_counted_as_support(prefect_backend: None, tmp_path: Path) -> None:
    from flows.news_flow import news

    path = tmp_path / "kinds.jsonl"
    path.write_text(json.dumps({"url": "https://wire.example/world/kinds", "title": "Kinds", "text": STORY,
                                "date": "2019-03-10", "language": "en"}) + "\n")
    warehouse = tmp_path / "w.duckdb"
    (result,) = news(str(warehouse), None, inputs=[str(path)])
    assert (result["received"], result["loaded"]) == (1, 1)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute("select source_iso3, source_sector, target_iso3, target_sector, is_state_dyad, cameo_code "
                           "from fact_event where origin = 'text'").fetchall()
        quarantined = con.execute("select count(*) from quarantine where stage = 'text_event'").fetchone()[0]
        support = con.execute("select sum(events) from fact_support_daily where origin = 'text'").fetchone()[0]
        from flows.validate.warehouse_checks import run_checks

        checks = run_checks(con)
    finally:
        con.close()
    kinds = {(r[0], r[1], r[2], r[3]) for r in rows}
    assert quarantined == 0
    assert ("RUS", "MIL", "VEN", "MIL") in kinds or ("RUS", "GOV", "VEN", "GOV") in kinds, kinds
    assert ("VEN", "GOV", None, "IGO") in kinds, kinds  # an IGO has no country
    assert (None, "OPP", None, "COP") in kinds, kinds  # two groups, no state at all
    assert ("VEN", "GOV", None, "EDU") in kinds, kinds  # a state and a group
    state_dyads = [r for r in rows if r[4]]
    assert state_dyads and all(r[0] and r[2] and r[0] != r[2] for r in state_dyads)
    assert not any(r[4] for r in rows if r[0] is None or r[2] is None)
    assert support == sum(1 for r in state_dyads)  # support counts the state dyads alone
    assert all(ok for _, ok, _ in checks)


ONE_SIDED_STORY = ("Russia sent two strategic bombers to Venezuela. The rebels attacked overnight, killing four. "
                   "Students protested on Monday against higher fares. "
                   "The protests against the government of Venezuela spread to Valencia. "
                   "Two Venezuelan soldiers died in an ambush near the border.")


def test_one_sided_events_are_stored_with_no_target_and_not_counted(prefect_backend: None, tmp_path: Path) -> None:
    from flows.load.recode import recode
    from flows.news_flow import news
    from flows.validate.warehouse_checks import run_checks

    path = tmp_path / "one_sided.jsonl"
    path.write_text(json.dumps({"url": "https://wire.example/world/one-sided", "title": "One side",
                                "text": ONE_SIDED_STORY, "date": "2019-03-11", "language": "en"}) + "\n")
    warehouse = tmp_path / "w.duckdb"
    (result,) = news(str(warehouse), None, inputs=[str(path)])
    assert (result["received"], result["loaded"]) == (1, 1)

    def stored() -> list[tuple]:
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            return con.execute(
                "select source_iso3, source_sector, target_iso3, target_sector, target_actor_key, is_state_dyad, "
                "left(cameo_code, 2) from fact_event where origin = 'text' order by all").fetchall()
        finally:
            con.close()

    rows = stored()
    one_sided = {(r[1], r[6]) for r in rows if r[3] is None}
    assert {("REB", "19"), ("EDU", "14")} <= one_sided, rows
    # a protest noun with no agent: unnamed protesters (OPP, no country) against the state named, no state dyad
    assert (None, "OPP", "VEN", "GOV", False, "14") in {(r[0], r[1], r[2], r[3], r[5], r[6]) for r in rows}, rows
    # victims with no attacker named: unnamed attackers (UAF, no country) against the victims' state
    assert (None, "UAF", "VEN", "MIL", False, "19") in {(r[0], r[1], r[2], r[3], r[5], r[6]) for r in rows}, rows
    assert any(r[5] for r in rows), rows  # the state-to-state event of the story is there too
    assert all(r[2] is None and r[4] is None and not r[5] for r in rows if r[3] is None)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        quarantined = con.execute("select count(*) from quarantine where stage = 'text_event'").fetchone()[0]
        support = con.execute("select sum(events) from fact_support_daily where origin = 'text'").fetchone()[0]
        checks = run_checks(con)
    finally:
        con.close()
    assert quarantined == 0
    assert support == sum(1 for r in rows if r[5])  # one-sided events never count as support
    assert all(ok for _, ok, _ in checks), [c for c in checks if not c[1]]
    con = duckdb.connect(str(warehouse))
    try:
        result = recode(con)  # a re-code stores the same one-sided events, once each
    finally:
        con.close()
    assert result.articles == 1
    assert stored() == rows
