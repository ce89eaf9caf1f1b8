"""Text coder, coder 0.3.13: force sent as a warning to a state is shown to it (150), not given to it (072).

"Desplegó un portaaviones en Oriente Próximo como mensaje al régimen iraní" had been military aid to Iran.
After a verb of sending or deploying, "as a warning to", "como advertencia a", "como mensaje al" (cue kind
``warning_purpose``) make the act a show of force toward the state named after the phrase; force sent to a
state with no such phrase stays what it was ("sent two bombers to Venezuela" is military support).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("Washington sent two destroyers to the South China Sea as a warning to Beijing.", "en", ("USA", "CHN")),
    ("Moscow deployed bombers to Kaliningrad as a warning to Warsaw.", "en", ("RUS", "POL")),
    ("Estados Unidos desplegó un portaaviones en el golfo Pérsico como 'mensaje firme' al régimen iraní.", "es",
     ("USA", "IRN")),
    ("China envió buques de guerra al estrecho como advertencia a Taiwán.", "es", ("CHN", "TWN")),
])
def test_force_sent_as_a_warning_is_a_show_of_force(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "150") in codes, codes
    assert not any(c[:2] == dyad and c[2].startswith("07") for c in codes), codes


def test_force_sent_to_a_state_without_a_warning_stays_support() -> None:
    codes = _codes("Russia sent two strategic bombers to Venezuela for joint exercises.", "en")
    assert any(c[:2] == ("RUS", "VEN") and c[2][:2] in ("06", "07") for c in codes), codes
    assert not any(c[2] == "150" for c in codes), codes


@pytest.mark.parametrize(("text", "language", "dyad"), [
    ("The Pentagon sent a carrier strike group toward the Korean peninsula in a show of force against North Korea.",
     "en", ("USA", "PRK")),
    ("Rusia envió dos fragatas al Caribe en una demostración de fuerza frente a Washington.", "es", ("RUS", "USA")),
])
def test_force_sent_in_a_show_of_force_is_no_aid(text: str, language: str, dyad: tuple) -> None:
    codes = _codes(text, language)
    assert (*dyad, "150") in codes, codes
    assert not any(c[:2] == dyad and c[2].startswith("07") for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Russia sent two strategic bombers to Venezuela to take part in joint exercises with its air force.", "en"),
    ("Rusia envió buques de guerra a Venezuela para participar en maniobras navales conjuntas.", "es"),
])
def test_force_sent_for_joint_exercises_cooperates_with_the_host(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert ("RUS", "VEN", "062") in codes and ("VEN", "RUS", "062") in codes, codes
    assert not any(c[2].startswith("07") for c in codes), codes


def test_joint_exercises_of_a_later_clause_leave_an_earlier_delivery_alone() -> None:
    codes = _codes("Russia sent two bombers to Venezuela, and China later held joint drills with Iran.", "en")
    assert ("RUS", "VEN", "072") in codes, codes
    assert ("CHN", "IRN", "062") in codes and not any("VEN" in c[:2] and "CHN" in c[:2] for c in codes), codes
