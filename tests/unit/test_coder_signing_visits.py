"""Text coder, coder 0.3.42: two leaders or ministers who sign a pact in one side's capital met there on the other's
visit (042 from the visitor), as ``settings.signing_visits`` derives.

States named by their country names sign without travelling, and a consultation already coded is not added twice.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples

_ON = dt.date(2023, 6, 1)


@pytest.mark.parametrize(("text", "language"), [
    ("Luiz Inácio Lula da Silva and Alberto Fernández signed a trade accord in Buenos Aires on Monday.", "en"),
    ("Luiz Inácio Lula da Silva y Alberto Fernández firmaron en Buenos Aires un acuerdo comercial.", "es"),
])
def test_leaders_signing_in_one_capital_tell_a_visit(text: str, language: str) -> None:
    events = triples(text, language, _ON)
    assert ("BRA", "ARG", "057") in events
    assert ("BRA", "ARG", "042") in events
    assert ("ARG", "BRA", "042") not in events


def test_states_signing_tell_no_visit() -> None:
    """Guard: country names, no one named travels."""
    events = triples("Brasil y Argentina firmaron en Buenos Aires un acuerdo comercial.", "es", _ON)
    assert ("BRA", "ARG", "057") in events
    assert not any(code.startswith("04") for _, _, code in events)
