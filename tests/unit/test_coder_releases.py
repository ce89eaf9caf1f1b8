"""Text coder, coder 0.3.20: releases, and what a restriction bears on.

- A state that frees another state's nationals (a journalist, detainees, a contractor) returns them to that state
  (084 toward the state as a whole, a state-to-state event), and what it otherwise yields to them (eased visa rules)
  it yields to their state; freeing its own people stays an event with the sub-state actor ("released opposition
  leader X").
- Travel or trade named as what restrictions, a ban or an embargo bear on ("restrictions on travel and trade with
  X", "restricciones a los viajes") is no visit and no cooperation.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.target and e.target.sector, e.cameo[:3])
            for e in code_text(text, dt.date(2020, 1, 1), language="en") if not e.negated}


@pytest.mark.parametrize("text", [
    "Peru freed a Chilean journalist on Monday.",
    "Peru freed three Chilean detainees.",
    "Peru freed the Chilean contractor after a year in prison.",
    "Peru eased visa restrictions on Chilean journalists.",
])
def test_freeing_foreign_nationals_returns_them_to_their_state(text: str) -> None:
    assert any(e[:3] == ("PER", "CHL", None) and e[3].startswith("08") for e in _events(text)), _events(text)


def test_freeing_ones_own_opposition_keeps_the_sub_state_target() -> None:
    assert ("VEN", "VEN", "OPP", "084") in _events("Venezuela released opposition leader Leopoldo Lopez.")


@pytest.mark.parametrize(("text", "language"), [
    ("Peru announced new restrictions on travel and trade with Chile.", "en"),
    ("Perú anunció restricciones a los viajes y al comercio con Chile.", "es"),
])
def test_what_a_measure_restricts_is_no_event(text: str, language: str) -> None:
    """Coder 0.3.20: travel or trade named as what restrictions, a ban or an embargo bear on is no visit and no
    cooperation."""
    codes = {(e.source.country, e.target and e.target.country, e.cameo[:2])
             for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}
    assert not any(c[2] in ("04", "06") for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Russia released two Ukrainian prisoners.", "en"),
    ("Russia handed over two Ukrainian prisoners.", "en"),
    ("Russia repatriated 50 Ukrainian children.", "en"),
    ("Rusia liberó a dos prisioneros ucranianos.", "es"),
    ("Rusia devolvió los cuerpos de 500 soldados ucranianos.", "es"),
])
def test_prisoners_freed_or_handed_over_are_yielded_to_their_state(text: str, language: str) -> None:
    """Coder 0.3.21: prisoners are no goods sent ("Ukrainian prisoners" stays an actor, so the release has its
    target); handing over, returning or repatriating persons is a release (084)."""
    found = {(e.source.country, e.target and e.target.country, e.cameo[:3]) for e in code_text(text, language=language)
             if not e.negated}
    assert ("RUS", "UKR", "084") in found
