"""Text coder, coder 0.3.37: "golpear/agredir/apalear a" a person is a physical assault (182); "golpear la economía"
with no personal "a" is no attack.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str) -> set[tuple]:
    return triples(text, "es", dt.date(2021, 10, 5))


def test_beating_a_diplomat_is_an_assault() -> None:
    assert ("RUS", "USA", "182") in _pairs("Un policía ruso golpeó a un diplomático estadounidense en Moscú.")


def test_hitting_an_economy_is_no_assault() -> None:
    pairs = _pairs("Estados Unidos golpeó la economía venezolana con nuevas sanciones.")
    assert not any(code.startswith("18") for _, _, code in pairs)
