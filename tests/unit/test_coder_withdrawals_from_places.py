"""Text coder, coder 0.3.27: forces withdrawn from a city named with its kind ("the city of", "la ciudad de"), and
soldiers moved to "its frontier with" a state.

"withdrew from the city of Kherson", "se retiraron de la ciudad de Jersón", "retiró sus tropas de la ciudad de
Jersón": a withdrawal (087) aimed at the state the place lies in, as "withdrew from Kherson" is; leaving a deal
stays no withdrawal of forces.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import Triple, triples


def _events(text: str, language: str) -> set[Triple]:
    return triples(text, language, dt.date(2022, 11, 10))


@pytest.mark.parametrize(("text", "language"), [
    ("Russian troops withdrew from the city of Kherson.", "en"),
    ("Las tropas rusas se retiraron de la ciudad de Jersón.", "es"),
    ("Rusia retiró sus tropas de la ciudad de Jersón.", "es"),
])
def test_a_withdrawal_from_a_named_city_is_aimed_at_its_state(text: str, language: str) -> None:
    assert any(s == "RUS" and t == "UKR" and code == "087" for s, t, code in _events(text, language))


def test_leaving_a_deal_is_no_withdrawal_of_forces() -> None:
    assert not any(code == "087" for _, _, code in _events("The United States withdrew from the Paris climate "
                                                            "accord.", "en"))


def test_soldiers_moved_to_its_frontier_with_a_state_are_mobilised_against_it() -> None:
    events = _events("Poland has begun moving 2,000 more soldiers to its frontier with Belarus.", "en")
    assert ("POL", "BLR", "154") in events
