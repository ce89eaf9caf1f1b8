"""Text coder, coder 0.3.17: what a state is sent, and protests.

- Receiving a message is the sender's act toward the receiver: "received threats from X" is X's threat,
  "recibió una nota de protesta de X" X's complaint, "received a request for help from X" X's appeal, where
  receiving goods or money stays the giver's aid ("received loans from China").
- Spanish "protestar" is a protest (14) by whoever does it; a state's government that protests complains
  formally (114), as in English. "protesta" is no group of protesters: "una nota de protesta de Colombia"
  is Colombia's.
- A Spanish verb between a name and an event noun makes the name the verb's subject, not the noun's owner
  ("Cuba condena sanciones de EE.UU." names no Cuban sanctions).
- A mass expulsion (201: hundreds or more deported) is of a nationality, so it is aimed at that state as a
  whole (country, no sector), as CAMEO codes it; English plural demonyms ("Bolivians") are actors.
- A plural demonym that opens the sentence with no article ("Paraguayos protestan ...") is the country's
  people (CVL), as a counted one already was ("miles de paraguayos").
- A person threatened in a passive with no agent ("el periodista fue amenazado de muerte") is threatened by a
  stand-in source, as unnamed violence is; a state "threatened with sanctions" by no one named is no event.
- Crowds the dictionaries lack ("los amotinados", "alumnos") protest.
- "Hubo protestas" (there were protests) is no threat: an existential "haber" carries no event of its own
  (the Spanish dictionary files it with "ser", whose patterns read a protest noun as 130); English
  "protested against" is a protest, or a formal complaint by a government, not a criticism row of its own.
- Joining others in an act ("joined the United States in imposing sanctions", "se unió a EE.UU. en las
  sanciones") is no meeting with them; the act joined in is coded from its own words.
- Forces sent into a state's waters or airspace ("into Japanese waters", "al espacio aéreo de X") are shown to
  it (150), not given to it as aid.
- Water cannon turned on a state's vessels coerces it (170), whether the verb reads as words ("blasted a boat
  with water cannon") or as fire ("fired water cannon at"); on protesters it stays repression (175).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> list:
    return [e for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated]


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in _events(text, language)}


def _has(codes: set[tuple], source: str | None, target: str | None, family: str) -> bool:
    return any(c[0] == source and c[1] == target and c[2].startswith(family) for c in codes)


@pytest.mark.parametrize(("text", "language", "family"), [
    ("Bolivia received threats from Chile after the vote.", "en", "13"),
    ("Bolivia received sharp criticism from Chile over the border fence.", "en", "11"),
    ("Bolivia received a request for help from Chile on Tuesday.", "en", "02"),
    ("Bolivia recibió el lunes una nota de protesta de Chile.", "es", "114"),
    ("Bolivia recibió una petición de ayuda de Chile.", "es", "02"),
    ("Bolivia recibió amenazas de Chile tras la votación.", "es", "13"),
])
def test_a_received_message_is_the_senders_act(text: str, language: str, family: str) -> None:
    codes = _codes(text, language)
    assert _has(codes, "CHL", "BOL", family), codes
    assert not any(c[2].startswith("07") for c in codes), codes  # nothing was given
    assert not _has(codes, "BOL", None, family[:2]) and not _has(codes, "BOL", "CHL", family[:2]), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia received two loans from China last year.", "en"),
    ("Bolivia recibió dos préstamos de China el año pasado.", "es"),
])
def test_received_money_stays_the_givers_aid(text: str, language: str) -> None:
    assert _has(_codes(text, language), "CHN", "BOL", "07")


def test_a_spanish_government_that_protests_complains_formally() -> None:
    codes = _codes("El gobierno de Paraguay protestó ante Brasil por el cierre del puente.", "es")
    assert ("PRY", "BRA", "114") in codes, codes


def test_spanish_protestar_by_a_crowd_is_a_protest() -> None:
    events = _events("Cientos de vecinos protestaron el domingo contra la nueva mina.", "es")
    assert [(e.source.sector, e.cameo[:2]) for e in events] == [("CVL", "14")], events


def test_protesta_is_no_group_of_protesters() -> None:
    events = _events("Bolivia recibió una nota de protesta de Chile.", "es")
    assert all(e.source.sector != "OPP" for e in events), events
    assert [(e.source.country, e.source.sector) for e in events] == [("CHL", "GOV")], events


def test_a_spanish_verb_between_a_name_and_a_noun_makes_the_name_its_subject_not_the_owner() -> None:
    codes = _codes("Bolivia condena sanciones de Chile", "es")
    assert ("BOL", "CHL", "111") in codes, codes
    assert not _has(codes, "BOL", "CHL", "16"), codes  # the sanctions are Chile's, not Bolivia's
    assert _has(_codes("Chile impuso sanciones a Bolivia.", "es"), "CHL", "BOL", "16")


@pytest.mark.parametrize(("text", "language"), [
    ("Chile deported more than 2,000 Bolivians last year.", "en"),
    ("Chile deportó a más de 2.000 bolivianos el año pasado.", "es"),
])
def test_a_mass_expulsion_is_against_the_state_of_the_nationals(text: str, language: str) -> None:
    events = _events(text, language)
    assert [(e.source.country, e.target.country, e.target.sector, e.cameo) for e in events] == \
        [("CHL", "BOL", None, "201")], events


def test_english_plural_demonyms_name_their_state() -> None:
    events = _events("Chile expelled two Bolivians for spying.", "en")
    assert any(e.target is not None and e.target.country == "BOL" for e in events), events


@pytest.mark.parametrize(("text", "language", "country"), [
    ("Paraguayos protestan en Asunción por el costo de la vida", "es", "PRY"),
    ("Bolivians protested in La Paz against the new fuel prices.", "en", "BOL"),
])
def test_a_plural_demonym_opening_the_sentence_is_the_countrys_people(text: str, language: str,
                                                                      country: str) -> None:
    events = _events(text, language)
    assert [(e.source.country, e.source.sector, e.cameo[:2]) for e in events] == [(country, "CVL", "14")], events


def test_a_person_threatened_by_someone_unnamed_is_a_threat_and_a_threatened_state_is_not() -> None:
    events = _events("El periodista fue amenazado de muerte.", "es")
    assert [(e.source.sector, e.target.sector, e.cameo) for e in events] == [("UAF", "MED", "130")], events
    assert _events("Bolivia was threatened with sanctions.", "en") == []


@pytest.mark.parametrize(("text", "sector"), [
    ("Los amotinados protestaban contra la sobrepoblación de la cárcel.", "CVL"),
    ("Unos mil alumnos se manifestaron para exigir la reinstalación de las maestras.", "EDU"),
])
def test_spanish_crowds_the_dictionaries_lack_protest(text: str, sector: str) -> None:
    events = _events(text, "es")
    assert [(e.source.sector, e.cameo[:2]) for e in events] == [(sector, "14")], events


@pytest.mark.parametrize(("text", "language"), [
    ("Hubo protestas contra el gobierno de Chile.", "es"),
    ("Protests against the government of Chile continued.", "en"),
])
def test_protests_against_a_government_are_protests(text: str, language: str) -> None:
    events = _events(text, language)
    assert [(e.target.country, e.cameo) for e in events] == [("CHL", "140")], events  # not a threat (130)


def test_a_crowd_protesting_against_something_protests_and_a_state_complains() -> None:
    assert [e.cameo for e in _events("Farmers protested against the new tax.", "en")] == ["140"]
    assert ("BOL", "CHL", "114") in _codes("Bolivia protested against Chile's decision.", "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Peru joined the United States in imposing sanctions on Bolivia.", "en"),
    ("Perú se unió a Estados Unidos en las sanciones contra Bolivia.", "es"),
])
def test_joining_others_in_an_act_is_no_meeting_with_them(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert not any(c[2].startswith("04") for c in codes), codes
    assert any(c[1] == "BOL" and c[2].startswith("16") for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Chile sent two frigates into Peruvian waters on Monday.", "en"),
    ("Chile sent warships into the territorial waters of Peru.", "en"),
    ("Chile envió dos fragatas a aguas peruanas.", "es"),
    ("Chile envió aviones de combate al espacio aéreo de Perú.", "es"),
])
def test_forces_sent_into_a_states_waters_or_airspace_are_shown_to_it_not_given(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert ("CHL", "PER", "150") in codes, codes
    assert not any(c[2].startswith("07") for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Chilean coast guard vessels blasted a Peruvian fishing boat with water cannon.", "en"),
    ("Chilean coast guard ships fired water cannon at a Peruvian boat.", "en"),
    ("Guardacostas chilenos atacaron con cañones de agua a un buque peruano.", "es"),
])
def test_water_cannon_on_a_states_vessel_coerces_it(text: str, language: str) -> None:
    assert [c[2] for c in _codes(text, language) if c[:2] == ("CHL", "PER")] == ["170"]


def test_water_cannon_on_protesters_stays_repression() -> None:
    assert [e.cameo for e in _events("Police used water cannon against protesters.", "en")] == ["175"]


@pytest.mark.parametrize(("text", "language"), [
    ("Chile sent emergency aid to Peru after the earthquake.", "en"),
    ("Perú recibió ayuda de emergencia de Chile tras el terremoto.", "es"),
])
def test_emergency_aid_is_humanitarian(text: str, language: str) -> None:
    assert ("CHL", "PER", "073") in _codes(text, language)
