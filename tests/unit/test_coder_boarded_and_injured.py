"""Text coder, coder 0.3.37: "abordar" boats, ships or tankers is boarding them, a seizure (171) aimed at their
owner, not a topic discussed ("abordaron la crisis" stays talk); people harmed by a verb joined by "and" to an act
on a state ("boarded Philippine navy boats and injured several sailors") are that state's.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str) -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2024, 6, 17))}


def test_boarding_boats_is_a_seizure_of_their_owner() -> None:
    pairs = _pairs("La Guardia Costera china abordó lanchas de la Armada filipina.", "es")
    assert ("CHN", "PHL", "17") in pairs


def test_sailors_injured_after_boarding_are_the_navys() -> None:
    pairs = _pairs("Chinese coast guard personnel boarded Philippine navy boats and injured several sailors.", "en")
    assert ("CHN", "PHL", "18") in pairs


def test_abordar_a_crisis_is_no_seizure() -> None:
    pairs = _pairs("Los cancilleres de Colombia y Venezuela abordaron la crisis en la frontera.", "es")
    assert not any(code == "17" for _, _, code in pairs)
