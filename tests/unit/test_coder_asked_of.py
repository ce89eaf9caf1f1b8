"""Coder 0.3.23: a demand for guarantees, assurances, an explanation or an apology "from" a state is made of
that state, also when a "that" clause with another state's name follows ("demanded guarantees from Washington
that Ukraine would never join NATO": asked of the United States, not of Ukraine).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize("text", [
    "Ghana demanded guarantees from Togo that Benin would never join the bloc.",
    "Ghana demanded an explanation from Togo that Benin had been warned.",
])
def test_a_demand_from_a_state_is_made_of_it(text: str) -> None:
    pairs = {(e.source.country, e.target and e.target.country) for e in code_text(text, language="en")
             if e.cameo.startswith("10")}
    assert pairs == {("GHA", "TGO")}


def test_a_withdrawal_from_a_state_stays_what_is_asked() -> None:
    events = code_text("Ghana demanded the withdrawal of Togolese troops from Benin.", language="en")
    assert {(e.source.country, e.target and e.target.country) for e in events if e.cameo.startswith("10")} \
        == {("GHA", "TGO")}
