"""Text coder, coder 0.3.24: force not ruled out is threatened.

- "did not rule out military action against Venezuela", "refused to rule out the use of force", "no descartó una
  intervención militar en Venezuela", "no descarta el uso de la fuerza": a threat of force (138);
- "ruled out military action against X", "descartó una acción militar contra X": no threat, no event;
- force threatened "in" a state is aimed at it ("no descarta una opción militar en Venezuela"), so the actor of
  the next clause is not taken as its target.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo, e.negated)
            for e in code_text(text, language=language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Trump did not rule out military action against Venezuela.", "en"),
    ("Trump refused to rule out military action against Venezuela.", "en"),
    ("Trump would not rule out the use of force against Venezuela.", "en"),
    ("Trump did not rule out a military option in Venezuela.", "en"),
    ("Trump no descartó una intervención militar en Venezuela.", "es"),
    ("Trump no descarta el uso de la fuerza contra Venezuela.", "es"),
])
def test_force_not_ruled_out_is_a_threat_of_force(text: str, language: str) -> None:
    assert _events(text, language) == {("USA", "VEN", "138", False)}


@pytest.mark.parametrize(("text", "language"), [
    ("Trump ruled out military action against Venezuela.", "en"),
    ("Trump descartó una acción militar contra Venezuela.", "es"),
])
def test_force_ruled_out_is_no_event(text: str, language: str) -> None:
    assert _events(text, language) == set()


def test_the_state_force_is_threatened_in_is_its_target() -> None:
    text = ("Trump dijo que no descarta una opción militar en Venezuela, y el ministro de Defensa venezolano, "
            "Vladimir Padrino López, calificó las declaraciones de locura.")
    found = _events(text, "es")
    assert ("USA", "VEN", "138", False) in found
    assert ("VEN", "USA", "111", False) in found
