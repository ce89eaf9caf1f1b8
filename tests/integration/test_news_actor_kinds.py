"""Issue 18 item 4 through the news load: events with an IGO, a group or no state at all are stored with
their country and sector (null country where there is none), and the support metrics count only the
state-to-state ones."""
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
