"""Text coder, coder 0.3.13: warnings and offers as nouns, answered or defied.

A warning ("warning", "advertencia") is a threat (13) and an offer ("offer", "oferta") an intent to cooperate
(03), told as nouns too (a proposal may be a request as well, so "proposal" and "propuesta" are left out). What
a state rejects was aimed at it, even when the rejected warning names another state inside its content
("dismissed a U.S. warning against supplying arms to Russia" is a U.S. threat to the dismisser); a noun the act
went ahead despite ("pese a la advertencia del Reino Unido", "despite U.S. warnings") was aimed at the one who
went ahead. The name of the owner does not count in the distance between a rejection and what it rejects
("rebuffed Palestinian President Mahmoud Abbas's call"). A demonym of two words after an article qualifies the
next word ("a South Korean offer").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2021, 6, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "offer"), [
    ("Pyongyang turned down a South Korean offer of family reunions.", "en", ("KOR", "PRK", "03")),
    ("Corea del Norte rechazó la oferta de Seúl de reanudar el diálogo.", "es", ("KOR", "PRK", "03")),
    ("Israeli Prime Minister Naftali Bennett rebuffed Palestinian President Mahmoud Abbas's call for new talks.", "en",
     ("PSE", "ISR", "02")),
])
def test_a_rejected_offer_or_call_was_made_to_the_rejecter(text: str, language: str, offer: tuple) -> None:
    assert offer in _events(text, language)


@pytest.mark.parametrize("verb", ["dismissed", "brushed aside", "shrugged off", "scoffed at"])
def test_a_rejected_warning_is_aimed_at_the_rejecter_not_at_the_state_in_its_content(verb: str) -> None:
    events = _events(f"Beijing {verb} a U.S. warning against selling drones to Russia.", "en")
    assert ("CHN", "USA", "12") in events and ("USA", "CHN", "13") in events, events
    assert ("USA", "RUS", "13") not in events, events


@pytest.mark.parametrize("text", ["Managua desoyó las advertencias de Washington sobre las elecciones.",
                                  "Cuba hizo caso omiso de las advertencias de Estados Unidos."])
def test_spanish_verbs_of_ignoring_a_warning_reject_it(text: str) -> None:
    events = _events(text, "es")
    assert {e[2] for e in events if e[0] in ("NIC", "CUB")} == {"12"}, events
    assert any(e[0] == "USA" and e[2] == "13" and e[1] in ("NIC", "CUB") for e in events), events


def test_an_appeal_naming_its_addressee_keeps_it() -> None:
    events = _events("Moscow rejected Washington's calls on Caracas to hold new elections.", "en")
    assert ("USA", "VEN", "02") in events and ("USA", "RUS", "02") not in events, events


@pytest.mark.parametrize(("text", "language", "threat"), [
    ("Nicaragua compró tanques a Rusia pese a las advertencias de Estados Unidos.", "es", ("USA", "NIC", "13")),
    ("Quito granted asylum to the activist despite a British warning that it could enter the embassy.", "en",
     ("GBR", "ECU", "13")),
    ("Ankara bought the S-400 system from Moscow despite U.S. warnings.", "en", ("USA", "TUR", "13")),
])
def test_a_warning_defied_was_aimed_at_the_one_who_went_ahead(text: str, language: str, threat: tuple) -> None:
    events = _events(text, language)
    assert threat in events, events
    assert not any(e[0] == threat[0] and e[2] == "13" and e[1] != threat[1] for e in events), events


def test_a_warning_without_a_concession_or_rejection_keeps_its_own_target() -> None:
    events = _events("The U.S. warning to Iran came a day after the drone attack.", "en")
    assert ("USA", "IRN", "13") in events, events
