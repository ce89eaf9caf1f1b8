"""Text coder, coder 0.3.24: a sentence opening with "Should", and armed groups named by what they are.

- "Should Washington lift sanctions on Venezuelan oil, Chinese refiners could lose ...": "should" opening a
  sentence states a condition as "if" does, so the lifting is no event;
- jihadists, militias and pirates ("Combatientes yihadistas atacaron una base del ejército de Burkina
  Faso", "Piratas somalíes secuestraron un carguero") are armed non-state groups (REB), not the army they attack
  nor the state their demonym names.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.source.sector, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize("text", [
    "Should Washington lift sanctions on Venezuelan oil, Chinese refiners could lose their advantage.",
    "If Washington lifts sanctions on Venezuelan oil, Chinese refiners could lose their advantage.",
])
def test_a_condition_reports_no_event(text: str) -> None:
    assert _events(text, "en") == set()


def test_should_after_the_first_word_is_no_condition() -> None:
    assert ("RUS", "GOV", "UKR", "190") in _events("Russia attacked Ukraine, and the EU said it should withdraw.", "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Combatientes yihadistas atacaron una base del ejército de Burkina Faso cerca de la frontera con Níger.", "es"),
    ("Piratas somalíes secuestraron un carguero con bandera de Bangladés.", "es"),
    ("Jihadist fighters attacked a Burkinabe army base near the border with Niger.", "en"),
])
def test_an_armed_group_acts_for_no_state(text: str, language: str) -> None:
    events = _events(text, language)
    assert events and all(sector == "REB" for _, sector, _, _ in events)
