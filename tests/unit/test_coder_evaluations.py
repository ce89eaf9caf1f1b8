"""Text coder, coder 0.3.10: calling another state's conduct wrong is criticism; weighing measures against it a threat.

- "called Caracas's decision unacceptable", "calificó de irresponsables las declaraciones de X": the
  naming verb with a word of condemnation is criticism (111), not a phone call and not a rejection;
- a reported clause that calls another state's conduct wrong accuses it (112), also when the Spanish
  wording is plural ("las sanciones de EE.UU. son ilegales") or the word is one of condemnation
  ("irresponsible", "infundadas");
- weighing, studying or evaluating measures, actions or reprisals against a state is a threat (130), as
  "considering action against" already was; "considerar" alone ("consideran inconstitucional") is no event.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Washington called Caracas's decision unacceptable.", "en"),
    ("Washington branded the Venezuelan move illegal.", "en"),
    ("Estados Unidos calificó de irresponsables las declaraciones de Venezuela.", "es"),
])
def test_naming_conduct_wrong_is_criticism(text: str, language: str) -> None:
    assert _events(text, language) == {("USA", "VEN", "111")}


@pytest.mark.parametrize(("text", "language"), [
    ("Russia said the US sanctions were illegal.", "en"),
    ("Russia said Washington's remarks were irresponsible.", "en"),
    ("Rusia dijo que las sanciones de Estados Unidos son ilegales.", "es"),
    ("Rusia afirmó que las acusaciones de Washington son infundadas.", "es"),
])
def test_a_report_calling_conduct_wrong_accuses_in_either_number(text: str, language: str) -> None:
    assert ("RUS", "USA", "112") in _events(text, language)


def test_a_plain_call_stays_a_call() -> None:
    assert _events("Washington called Caracas to discuss the crisis.", "en") == {
        ("USA", "VEN", "041"), ("VEN", "USA", "041")}


@pytest.mark.parametrize(("text", "language"), [
    ("Washington is weighing measures against Caracas.", "en"),
    ("Estados Unidos evalúa medidas contra Venezuela.", "es"),
    ("Estados Unidos estudia represalias contra Venezuela.", "es"),
])
def test_weighing_measures_against_a_state_is_a_threat(text: str, language: str) -> None:
    assert _events(text, language) == {("USA", "VEN", "130")}


@pytest.mark.parametrize(("text", "language"), [
    ("Estados Unidos evalúa medidas para reactivar la economía.", "es"),
    ("Los manifestantes consideran inconstitucional la candidatura del presidente de Perú.", "es"),
])
def test_weighing_or_considering_without_a_target_is_no_event(text: str, language: str) -> None:
    assert not any(e[2].startswith(("13", "06")) for e in _events(text, language))
