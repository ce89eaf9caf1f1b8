"""Text coder, coder 0.3.42: two titled people joined as one subject, each named after a comma ("El presidente de
Ecuador, Daniel Noboa, y la mandataria peruana, Dina Boluarte, se reunieron"). The second was skipped as an
apposition, so the pair's meeting had no one to meet.

A clause of its own after ", y el primer ministro X" still takes its own subject only.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples

_ON = dt.date(2024, 3, 1)


@pytest.mark.parametrize(("text", "language"), [
    ("El presidente de Ecuador, Daniel Noboa, y la mandataria peruana, Dina Boluarte, se reunieron en Tumbes.", "es"),
    ("Los presidentes de Ecuador, Daniel Noboa, y de Perú, Dina Boluarte, se reunieron en Tumbes.", "es"),
    ("El presidente ecuatoriano, Daniel Noboa, y su homóloga peruana, Dina Boluarte, se reunieron en Tumbes.", "es"),
    ("Ecuador's president, Daniel Noboa, and Peru's president, Dina Boluarte, met in Tumbes.", "en"),
    ("The presidents of Ecuador, Daniel Noboa, and Peru, Dina Boluarte, met in Tumbes.", "en"),
])
def test_both_titled_people_meet(text: str, language: str) -> None:
    events = triples(text, language, _ON)
    assert ("ECU", "PER", "040") in events
    assert ("PER", "ECU", "040") in events


def test_a_joined_clause_with_a_titled_subject_keeps_its_own_subject() -> None:
    """Guard: ", y el primer ministro Donald Tusk anunció" follows an object, not a titled person."""
    events = triples("Varsovia prometió más ayuda a Ucrania, y el primer ministro Donald Tusk anunció el cierre del "
                     "consulado ruso en Gdansk.", "es", _ON)
    assert ("POL", "RUS", "161") in events
    assert not any(src == "UKR" for src, _, _ in events)
