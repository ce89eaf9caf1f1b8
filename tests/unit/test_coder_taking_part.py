"""Text coder, coder 0.3.35: troops "taking part" in drills, a parade or an operation participate; nothing is
seized (the field's dictionary reads "take" as an occupation, 192, so "with about 30,000 Russian troops taking part"
coded both drilling states seizing each other's land).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2022, 2, 10), "en")}


def test_troops_taking_part_seize_nothing() -> None:
    events = _events("Russia and Belarus began drills near the border, with about 30,000 Russian troops taking part.")
    assert ("RUS", "BLR", "062") in events and not any(e[2].startswith("19") for e in events)


def test_taking_a_town_is_still_force() -> None:
    assert any(e[:2] == ("RUS", "UKR") for e in _events("Russian troops took the Ukrainian town of Bakhmut."))
