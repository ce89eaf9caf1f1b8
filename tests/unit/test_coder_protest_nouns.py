"""Text coder, coder 0.3.11: protest nouns that name no agent, and acts done "in protest".

- a protest noun ("las protestas", "HUELGAS", "disturbios", "a demonstration", "riots") whose agent the
  sentence does not name is coded as a protest by unnamed protesters: a stand-in source with sector OPP (the
  field's ~OPP), no country and no text; its target is the actor after "contra"/"against", if any;
- the noun is a crowd subject's when the clause's subject is a crowd ("los camioneros anunciaron una
  huelga"), never a state's, police's or court's ("la policía dispersó una protesta");
- "en protesta por", "in protest over", "como protesta": the act's own doer protests, one-sided (the act
  itself keeps its target);
- a protest lodged, sent or delivered by a state ("presentó una protesta", "una nota de protesta", "delivered a
  protest") is an official complaint (114), not a demonstration, and sending a letter or a message is no aid.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.source.sector, e.target and e.target.country, e.target and e.target.sector,
             e.cameo) for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Las protestas contra el gobierno de Chile se extendieron a Valparaíso.", "es",
     {(None, "OPP", "CHL", "GOV", "140")}),
    # coder 0.3.22: protesters named by no state are of the place they protest in
    ("HUELGAS EN ECUADOR", "es", {("ECU", "OPP", None, None, "143")}),
    ("Nuevos disturbios en Caracas tras la elección.", "es", {("VEN", "OPP", None, None, "145")}),
    ("The protests against the government of Chile spread to Valparaiso.", "en",
     {(None, "OPP", "CHL", "GOV", "140")}),
    ("Thousands joined a demonstration against the government of Chile.", "en",
     {(None, "OPP", "CHL", "GOV", "141")}),
])
def test_a_protest_noun_without_an_agent_is_by_unnamed_protesters(text: str, language: str,
                                                                 expected: set[tuple]) -> None:
    assert _events(text, language) == expected


def test_the_stand_in_source_has_no_text() -> None:
    [event] = code_text("Las protestas contra el gobierno de Chile se extendieron.", language="es")
    assert (event.source.text, event.source.country, event.source.sector) == ("", None, "OPP")


def test_police_that_break_up_a_protest_are_not_its_source() -> None:
    events = _events("La policía dispersó una protesta contra el gobierno de Chile.", "es")
    assert (None, "OPP", "CHL", "GOV", "140") in events
    assert not any(e[1] == "COP" and e[4].startswith("14") for e in events)


@pytest.mark.parametrize(("text", "sector"), [
    ("Los camioneros anunciaron una huelga contra el gobierno de Chile.", "LAB"),
    ("Miles de personas participaron en una protesta contra el gobierno de Chile.", "CVL"),
])
def test_a_crowd_subject_owns_the_protest_noun(text: str, sector: str) -> None:
    assert {(e[1], e[2], e[4][:2]) for e in _events(text, "es")} == {(sector, "CHL", "14")}


@pytest.mark.parametrize(("text", "language", "doer"), [
    ("Chile retiró a su embajador en Lima en protesta por la decisión de Perú.", "es", "CHL"),
    ("India stayed away from the summit in Beijing in protest over the corridor.", "en", "IND"),
])
def test_an_act_done_in_protest_is_its_doers_one_sided_protest(text: str, language: str, doer: str) -> None:
    events = _events(text, language)
    assert (doer, "GOV", None, None, "140") in events
    assert not any(e[4].startswith("14") and e[0] != doer for e in events)


@pytest.mark.parametrize(("text", "language"), [
    ("Perú presentó una protesta ante Chile por la pesca.", "es"),
    ("Perú envió una nota de protesta a Chile.", "es"),
    ("Russia lodged a protest with Japan over the visit.", "en"),
])
def test_a_protest_a_state_lodges_is_a_complaint(text: str, language: str) -> None:
    events = _events(text, language)
    assert any(e[4] == "114" for e in events)
    assert not any(e[4].startswith("14") for e in events)


def test_a_threatened_strike_is_a_threat_not_a_strike() -> None:
    events = _events("Los sindicatos amenazaron con una huelga general contra el gobierno de Chile.", "es")
    assert {(e[1], e[2], e[4][:2]) for e in events} == {("LAB", "CHL", "13")}


@pytest.mark.parametrize(("text", "language"), [
    ("Putin sent a message to Maduro on his birthday.", "en"),
    ("Russia sent a letter to Venezuela's foreign minister.", "en"),
    ("Putin envió un mensaje a Maduro por su cumpleaños.", "es"),
    ("Rusia envió una carta al canciller de Venezuela.", "es"),
])
def test_sending_a_letter_or_a_message_is_no_aid(text: str, language: str) -> None:
    assert not any(e[4].startswith("07") for e in _events(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Japan delivered a protest to Russia over the drills.", "en"),
    ("Perú envió una nota de protesta a Chile.", "es"),
])
def test_a_protest_sent_or_delivered_is_a_complaint_and_no_aid(text: str, language: str) -> None:
    assert {e[4][:2] for e in _events(text, language)} == {"11"}


def test_sending_aid_is_still_aid() -> None:
    assert {e[4] for e in _events("Russia sent humanitarian aid to Venezuela.", "en")} == {"073"}


@pytest.mark.parametrize(("text", "language", "country"), [
    ("Protesta en Argentina por la caza de ballenas por barcos japoneses", "es", "ARG"),
    ("Protests in Caracas against the government of Venezuela turned violent.", "en", None),
])
def test_a_headline_opening_with_a_protest_noun(text: str, language: str, country: str | None) -> None:
    # "por" after a protest noun gives its reason, not its agent: the Japanese boats do not protest; the
    # protesters are of the place they protest in (coder 0.3.22), unless the phrase names their own government
    assert {(e[0], e[1], e[4]) for e in _events(text, language)} == {(country, "OPP", "140")}


def test_a_modo_de_protesta_and_growers() -> None:
    assert ("CHL", "GOV", None, None, "140") in _events(
        "Chile retiró a su embajador a modo de protesta por la decisión de Perú.", "es")
    assert {(e[1], e[4][:2]) for e in _events("Los cultivadores de coca protestaron en Bolivia.", "es")} \
        == {("AGR", "14")}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Estonia protested to Moscow after Russian agents abducted an officer.", "en", ("EST", "RUS", "114")),
    ("Rusia protestó ante Estados Unidos por las sanciones.", "es", ("RUS", "USA", "114")),
    ("India summoned Pakistan's envoy to protest over the killing of two soldiers.", "en", ("IND", "PAK", "114")),
])
def test_a_government_that_protests_complains_formally(text: str, language: str, expected: tuple) -> None:
    """Coder 0.3.12: the verb "protest"/"protestar" of a state's government is CAMEO's formal complaint (114),
    not a demonstration; a purpose protest with no target of its own is against the previous act's target
    ("summoned Pakistan's envoy to protest")."""
    assert expected in {(e.source.country, e.target and e.target.country, e.cameo)
                        for e in code_text(text, language=language) if not e.negated}


def test_people_who_protest_still_demonstrate() -> None:
    events = code_text("Los estudiantes protestaron contra el gobierno de Venezuela.", language="es")
    assert events and all(e.cameo.startswith("14") for e in events)
