"""Text coder, coder 0.3.37: aid a later relative clause says a state had asked for ("gave its S-300 system to
Ukraine, confirming a delivery that Kyiv had been requesting", "una ayuda que La Habana había pedido") tells that
state's request of the giver (023x). A request with its own addressee is left alone.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str = "en") -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2022, 4, 8))}


def test_a_delivery_kyiv_had_requested() -> None:
    pairs = _pairs("Slovakia gave its S-300 system to Ukraine, confirming a delivery that Kyiv had been requesting "
                   "for weeks.")
    assert {("SVK", "UKR", "07"), ("UKR", "SVK", "02")} <= pairs


def test_spanish_aid_havana_had_asked_for() -> None:
    pairs = _pairs("Rusia envió trigo a Cuba, una ayuda que La Habana había pedido.", "es")
    assert ("CUB", "RUS", "02") in pairs


def test_a_request_of_another_state_keeps_its_addressee() -> None:
    pairs = _pairs("Germany sent tanks to Ukraine, and Poland asked the United States for more aid.")
    assert ("POL", "DEU", "02") not in pairs
