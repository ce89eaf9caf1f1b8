"""Text coder, coder 0.3.38: people named by a group noun and "from" a state ("tourists from Germany", "migrants from
Venezuela") are that state's people, not its government, so their travel is no state visit; so are the people of a
second state joined by "and" ("tourists from Germany and Britain"); a state's officials "from" it ("diplomats from
Iran") still act for it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples

DAY = dt.date(2024, 9, 1)


def test_tourists_from_a_state_make_no_visit() -> None:
    found = triples("A record number of tourists from Germany and Britain visited Spain last summer.", "en", DAY)
    assert not any("ESP" in (src, tgt) for src, tgt, _ in found)


def test_diplomats_from_a_state_still_visit_for_it() -> None:
    assert ("IRN", "VEN", "042") in triples("Diplomats from Iran visited Caracas on Monday.", "en", DAY)
