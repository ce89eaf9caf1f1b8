"""Text coder, coder 0.3.37: condemning an attack named with its owner's demonym ("condemned the Israeli attack on
Hamas leaders", "condenó el ataque israelí contra dirigentes de Hamás") judges the attacker, not the people
attacked.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str) -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2025, 9, 10))}


def test_the_israeli_attack_is_israels() -> None:
    assert ("QAT", "ISR", "11") in _pairs("Qatar condemned the Israeli attack on Hamas leaders in Doha.", "en")


def test_el_ataque_israeli_es_de_israel() -> None:
    pairs = _pairs("Catar condenó como terrorismo de Estado el ataque israelí contra dirigentes de Hamás en Doha.",
                   "es")
    assert ("QAT", "ISR", "11") in pairs
