"""Text coder, coder 0.3.37: a conflictual act told with a trailing "in response" / "en respuesta" and no target
("..., and Mexico broke off diplomatic relations in response") answers the doer of the act before it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str) -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2024, 4, 6))}


def test_a_break_in_response() -> None:
    pairs = _pairs("Ecuadorean police stormed Mexico's embassy in Quito, and Mexico broke off diplomatic relations in "
                   "response.", "en")
    assert ("MEX", "ECU", "16") in pairs


def test_una_ruptura_en_respuesta() -> None:
    pairs = _pairs("La policía ecuatoriana irrumpió en la embajada de México en Quito, y México rompió relaciones "
                   "diplomáticas en respuesta.", "es")
    assert ("MEX", "ECU", "16") in pairs
