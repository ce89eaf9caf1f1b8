"""Text coder, coder 0.3.37: a Spanish verb joined by "y" with an object clitic before it ("y la calificó de
propaganda", "y lo declaró persona non grata") has the subject of the verb before it, not the owner of that verb's
object ("rechazó la oferta de Joe Biden y la calificó de maniobra": Cuba judges, not Biden). A subject named after
"y" still leads.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str) -> set[tuple]:
    return triples(text, "es", dt.date(2021, 6, 2))


def test_the_judge_is_the_rejecting_state() -> None:
    pairs = _pairs("Cuba rechazó la oferta de Joe Biden, y la calificó de maniobra propagandística.")
    assert ("CUB", "USA", "111") in pairs
    assert ("USA", "CUB", "111") not in pairs


def test_a_subject_after_y_still_leads() -> None:
    pairs = _pairs("Estados Unidos sancionó a Venezuela y Maduro lo calificó de agresión.")
    assert ("VEN", "USA", "111") in pairs
