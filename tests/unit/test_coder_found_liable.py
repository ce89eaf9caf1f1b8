"""Text coder, coder 0.3.38: a court or tribunal that "found Iran liable", "found Russia guilty", "declared Serbia
responsible" finds a state guilty or liable (CAMEO 116); "find" keeps its other readings ("found evidence of").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples

DAY = dt.date(2018, 4, 30)


@pytest.mark.parametrize(("text", "pair"), [
    ("A U.S. federal judge found Iran liable for the 1983 bombing of the Marine barracks in Beirut.", ("USA", "IRN")),
    ("An Argentine court found Iran responsible for the 1994 attack on the AMIA centre.", ("ARG", "IRN")),
])
def test_a_court_finds_a_state_liable(text: str, pair: tuple) -> None:
    assert (*pair, "116") in triples(text, "en", DAY)


def test_find_keeps_its_other_readings() -> None:
    found = triples("India's investigators said their inquiry had found evidence of involvement by Pakistan's "
                    "intelligence service.", "en", DAY)
    assert ("IND", "PAK", "090") in found and not any(code == "116" for _, _, code in found)
