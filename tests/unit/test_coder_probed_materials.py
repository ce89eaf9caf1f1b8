"""Text coder, coder 0.3.37: steel, aluminium, panels, tyres and vehicles "procedentes de" / "coming from" a state
are goods from it, like imports and products: a trade probe or a tariff on them is aimed at that state.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str = "es") -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2024, 4, 2))}


def test_a_probe_into_steel_from_china() -> None:
    pairs = _pairs("Brasil abrió una investigación antidumping sobre las láminas de acero procedentes de China.")
    assert ("BRA", "CHN", "09") in pairs


def test_a_tariff_on_steel_from_china() -> None:
    assert ("MEX", "CHN", "16") in _pairs("México impuso aranceles al acero procedente de China.")
