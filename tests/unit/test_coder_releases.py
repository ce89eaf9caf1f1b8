"""Text coder, coder 0.3.20: a state that frees another state's nationals (a journalist, detainees, a contractor)
returns them to that state (084 toward the state as a whole, a state-to-state event); freeing its own people stays
an event with the sub-state actor ("released opposition leader X").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.target and e.target.sector, e.cameo[:3])
            for e in code_text(text, dt.date(2020, 1, 1), language="en") if not e.negated}


@pytest.mark.parametrize("text", [
    "Peru freed a Chilean journalist on Monday.",
    "Peru freed three Chilean detainees.",
    "Peru freed the Chilean contractor after a year in prison.",
])
def test_freeing_foreign_nationals_returns_them_to_their_state(text: str) -> None:
    assert ("PER", "CHL", None, "084") in _events(text)


def test_freeing_ones_own_opposition_keeps_the_sub_state_target() -> None:
    assert ("VEN", "VEN", "OPP", "084") in _events("Venezuela released opposition leader Leopoldo Lopez.")
