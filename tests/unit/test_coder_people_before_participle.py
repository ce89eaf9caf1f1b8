"""Text coder, coder 0.3.37: people named right before a participle with its agent ("los colombianos expulsados por
Venezuela", "Colombians expelled by Venezuela") are the ones the agent's act was done to, the state they belong to
its target; an object after the agent still counts ("the sanctions imposed by the United States on Iran").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str = "en") -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2015, 9, 1))}


def test_colombians_expelled_by_venezuela() -> None:
    assert ("VEN", "COL", "16") in _pairs("Thousands of Colombians expelled by Venezuela crossed the border.")


def test_spanish_los_colombianos_expulsados() -> None:
    pairs = _pairs("Colombia denunció un trato inhumano a los colombianos expulsados por Venezuela.", "es")
    assert ("VEN", "COL", "16") in pairs


def test_an_object_after_the_agent_still_counts() -> None:
    pairs = _pairs("Russia criticised the sanctions imposed by the United States on Iran.")
    assert ("USA", "IRN", "17") in pairs
