"""Text coder, coder 0.3.40: "ordenó la salida ... de los diplomáticos de X" expels diplomats (161).

A time limit or a count between "salida" and the diplomats ("la salida en 72 horas de los diplomáticos de", "la
salida de doce funcionarios de la embajada francesa") no longer leaves the order read as the expulsion of private
people (174).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_an_order_with_a_time_limit_expels_the_diplomats() -> None:
    events = triples("Bolivia ordenó la salida en 48 horas de los diplomáticos de Paraguay y Uruguay.", "es")
    assert ("BOL", "PRY", "161") in events
    assert ("BOL", "URY", "161") in events


def test_embassy_staff_told_to_leave_are_diplomats() -> None:
    events = triples("Marruecos ordenó la salida de ocho funcionarios de la embajada argelina en Rabat.", "es")
    assert ("MAR", "DZA", "161") in events
    assert not any(code == "174" for _, _, code in events)
