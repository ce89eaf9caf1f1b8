"""Text coder, coder 0.3.13: words that sound like blows, forums that are no targets, and walkouts.

"Hit back at", "hit out at", "take aim at" are criticism (111) when a state or official says them (the
dictionary read them as an attack or a seizure), and stay an attack when forces do them; "cuestionar",
"fustigar", "increpar" criticise. An IGO after "ante"/"before" is the forum when a state follows ("denunció
ante la ONU el bloqueo de EE.UU."). Walking out, or "abandonar la sala", as another state's speaker talks is a
protest by leaving (143) aimed at that speaker.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2023, 6, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Beijing hit back at Washington, saying its claims about the balloon were groundless.", "en"),
    ("Moscow took aim at Washington over its support for Kyiv.", "en"),
    ("Pekín cuestionó la decisión de Estados Unidos de restringir la venta de chips.", "es"),
])
def test_verbal_blows_are_criticism(text: str, language: str) -> None:
    events = _events(text, language)
    assert any(e[1] == "USA" and e[2] == "111" for e in events), events
    assert not any(e[2][:2] in ("17", "19") for e in events), events


def test_forces_that_hit_back_still_attack() -> None:
    events = _events("Russian forces hit back at Ukrainian positions with heavy artillery.", "en")
    assert ("RUS", "UKR", "190") in events, events


def test_an_igo_before_which_a_state_denounces_is_the_forum() -> None:
    events = _events("Venezuela denunció ante la ONU las sanciones de Estados Unidos.", "es")
    assert ("VEN", "USA", "111") in events, events


@pytest.mark.parametrize(("text", "language"), [
    ("The Ukrainian delegation walked out as Russia's foreign minister began his speech.", "en"),
    ("Los diplomáticos ucranianos abandonaron la sala cuando tomó la palabra el canciller ruso.", "es"),
])
def test_a_walkout_protests_against_the_speaker(text: str, language: str) -> None:
    assert ("UKR", "RUS", "143") in _events(text, language), _events(text, language)


def test_an_attack_noun_subject_is_done_by_the_state_inside_it() -> None:
    events = _events("Un ataque con drones estadounidense mató a un alto mando iraní en Bagdad.", "es")
    assert any(e[0] == "USA" and e[1] == "IRN" and e[2][:2] in ("18", "19") for e in events), events


def test_spanish_violence_against_what_a_demonym_qualifies_is_against_that_state() -> None:
    events = _events("Israel bombardeó posiciones iraníes cerca de Damasco.", "es")
    assert any(e[:2] == ("ISR", "IRN") and e[2][:2] == "19" for e in events), events


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Rusia atacó con misiles iraníes la ciudad de Kiev.", "es", "UKR"),
    ("Russia struck Kyiv with Iranian drones.", "en", "UKR"),
])
def test_the_weapons_of_an_attack_are_not_its_target(text: str, language: str, target: str) -> None:
    events = _events(text, language)
    assert any(e[1] == target for e in events) and not any(e[1] == "IRN" for e in events), events
