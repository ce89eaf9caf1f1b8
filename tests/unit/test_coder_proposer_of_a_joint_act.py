"""Text coder, coder 0.3.43: when a pair of states accepts or signs something another put forward ("aceptaron un
alto el fuego propuesto por X", "accepted a truce announced by X"), the proposer is no party to the act: the pair
act toward each other. Before, the proposer took the place of the other side.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Armenia y Azerbaiyán aceptaron un alto el fuego propuesto por Vladímir Putin tras tres días de combates.",
     "es"),
    ("Armenia y Azerbaiyán aceptaron el alto el fuego anunciado por el Kremlin.", "es"),
])
def test_a_pair_accepting_a_proposed_truce_act_toward_each_other(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("ARM", "AZE", "0871") in events
    assert ("AZE", "ARM", "0871") in events
    assert not any("RUS" in (source, target) for source, target, _ in events)


def test_a_pair_that_signs_with_a_third_state_keeps_it() -> None:
    """A guard that held before: a third state the pair acts "con" is a party, not a proposer."""
    events = triples("Armenia y Azerbaiyán firmaron un acuerdo con Rusia.", "es")
    assert ("ARM", "RUS", "057") in events
    assert ("AZE", "RUS", "057") in events
