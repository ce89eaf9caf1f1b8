"""Text coder, coder 0.3.35: two small reading fixes.

- A count or a qualifier between a noun's preposition and its target ("ordenó sanciones contra doce funcionarios
  rusos", "sanctions against twelve / senior Russian officials", "deportations of undocumented Afghans") keeps the
  preposition: the officials' state is the target (before, the word hid "contra" and the sanctions had no target).
- "la paz" written in lower case is peace, not Bolivia's seat of government ("acusó a Chile de amenazar la paz de
  la región" threatened no one in Bolivia); "La Paz" and "la Paz" still name it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2022, 3, 1), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Canadá ordenó sanciones contra doce funcionarios rusos.", "es"),
    ("Canada ordered sanctions against twelve Russian officials.", "en"),
    ("Canada ordered sanctions against senior Russian officials.", "en"),
])
def test_a_counted_target_keeps_its_preposition(text: str, language: str) -> None:
    assert ("CAN", "RUS", "163") in _events(text, language)


def test_peace_in_lower_case_is_no_capital() -> None:
    events = _events("Bolivia acusó a Chile de amenazar la paz de la región.", "es")
    assert ("BOL", "CHL", "112") in events and not any(e[1] == "BOL" for e in events)


@pytest.mark.parametrize("text", ["Chile envió ayuda a La Paz.", "Chile envió ayuda a la Paz tras el terremoto."])
def test_the_capital_written_with_a_capital_still_counts(text: str) -> None:
    assert ("CHL", "BOL", "070") in _events(text, "es")
