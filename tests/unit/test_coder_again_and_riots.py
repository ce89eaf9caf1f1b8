"""Text coder, coder 0.3.24: Spanish "volver a" + infinitive, and clashes between protesters and the police.

- "volvió a incluir a Cuba en la lista", "volvió a imponer sanciones", "volvió a acusar a Ucrania de": "volver a"
  before an infinitive says "again" (cue kind ``again_lead``); the act is the infinitive's, not a return or a
  promise (it was read as 032 or 138); "volvió a Caracas" stays no event;
- protesters and the police clashing ("los manifestantes se enfrentaron con la policía", "protesters clashed with
  police") is a riot (145) by the crowd and repression (175) by the police, not war (190); the police firing on a
  crowd stays force.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.source.sector, e.target and e.target.country, e.target and e.target.sector, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump volvió a incluir a Cuba en la lista de países patrocinadores del terrorismo.", ("USA", "CUB", "172")),
    ("Estados Unidos volvió a imponer sanciones a Venezuela.", ("USA", "VEN", "163")),
    ("Rusia volvió a acusar a Ucrania de atacar la central.", ("RUS", "UKR", "112")),
])
def test_volver_a_before_an_infinitive_is_the_infinitives_act(text: str, expected: tuple) -> None:
    assert {(s, t, c) for s, _, t, _, c in _events(text, "es")} == {expected}


def test_volver_a_a_place_is_no_event() -> None:
    assert _events("El canciller venezolano volvió a Caracas.", "es") == set()


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Los manifestantes se enfrentaron con la policía.", "es", {("OPP", "COP", "145"), ("COP", "OPP", "175")}),
    ("Protesters clashed with police outside the embassy.", "en", {("OPP", "COP", "145"), ("COP", "OPP", "175")}),
    ("La policía se enfrentó con los manifestantes.", "es", {("COP", "OPP", "175"), ("OPP", "COP", "145")}),
])
def test_a_clash_of_protesters_and_police_is_a_riot(text: str, language: str, expected: set[tuple]) -> None:
    assert {(ss, ts, c) for _, ss, _, ts, c in _events(text, language)} <= expected
    assert any(c in ("145", "175") for *_, c in _events(text, language))


def test_troops_clashing_with_rebels_stay_force() -> None:
    assert {c for *_, c in _events("Venezuelan troops clashed with Colombian rebels.", "en")} == {"190"}
