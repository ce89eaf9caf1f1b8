"""Text coder, coder 0.3.19.

- A clause opened by "que"/"that" has its own subject even when the act before took that actor as its target:
  "Chile denunció que Perú invadió su territorio" is Chile's accusation and Peru's occupation of Chilean land.
  A possessive after "that" is no subject ("that Peru's plan breaks the rules").
- An act named as what a measure answers ("in retaliation for Lima's sanctions", "en respuesta a las sanciones de
  Lima") is that state's act against the one answering, when it names no target of its own; and no one inside
  such a phrase receives a cooperative act ("deployed warships in response to Peruvian drills" gives Peru nothing).
  "to" after "response" or before a possessive begins a noun phrase, not a purpose infinitive.
- After a Spanish verb and the subject it puts after itself, a noun-or-verb form is the object ("Recibió Ecuador
  ayuda de Perú": aid, not "Ecuador helps").
- Ordering one's own forces to act is the act, by the orderer ("ordered troops to withdraw from Syria"); ordering
  another state stays a demand.
- Forces leaving a place the dictionaries know leave its state ("withdrew from Kharkiv": from Ukraine).
- The people an accuser says were attacked are its own ("acusó a Perú de matar a civiles": Peru attacked Chile),
  and "the country's" owns like "its" ("accused Peru of killing the country's top general").
- A place the dictionaries know gives its state to people attacked there ("killed civilians in Aleppo": Syria's)
  and to a visit that names no one ("visited Shanghai", "Modi's trip to Shanghai": China).
- A person extradited or deported goes to the state after "to" (a second Spanish "a"), whatever the person's own
  country ("extradited a Peruvian banker to Chile": cooperation with Chile).
- English names the state of a place with a demonym before the place noun ("in the Peruvian town of X"): violence
  there is against that state, as "en la ciudad peruana de X" already was. A demonym before another noun
  ("struck Peruvian positions in Bolivia") keeps the place named after it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Chile denunció que Perú invadió su territorio.", "es"),
    ("Chile denunció ante la OEA que tropas peruanas ocuparon su territorio.", "es"),
    ("Chile complained that Peruvian troops occupied its territory.", "en"),
    ("Chile protested that Peru had invaded its territory.", "en"),
])
def test_the_clause_an_accusation_tells_has_its_own_subject(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert ("PER", "CHL", "19") in codes, codes
    assert any(c[:2] == ("CHL", "PER") and c[2] in ("11", "14") for c in codes), codes


def test_a_possessive_after_that_is_no_subject() -> None:
    codes = _codes("Chile complained to the WTO that Peru's plan to cut its trade deficit with Chile breaks the "
                   "rules.", "en")
    assert not any(c[0] == "PER" for c in codes), codes


@pytest.mark.parametrize("text", [
    "Peruvian troops killed dozens of civilians in the Bolivian town of Copacabana.",
    "Peruvian artillery shelled the Bolivian border town of Desaguadero overnight.",
    "Tropas peruanas mataron a decenas de civiles en la ciudad boliviana de Copacabana.",
])
def test_violence_in_a_place_a_demonym_locates_is_against_that_state(text: str) -> None:
    language = "es" if text.startswith("Tropas") else "en"
    codes = _codes(text, language)
    assert any(c[:2] == ("PER", "BOL") and c[2] in ("18", "19", "20") for c in codes), codes


def test_a_demonym_before_another_noun_keeps_the_place_named_after_it() -> None:
    codes = _codes("Peruvian jets struck Ecuadorian positions in Bolivia.", "en")
    assert any(c[:2] == ("PER", "BOL") for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Chile expelled two diplomats in response to Lima's new sanctions.", "en"),
    ("Chile banned imports in retaliation for Peruvian sanctions.", "en"),
    ("Chile prohibió las importaciones en represalia por las sanciones de Perú.", "es"),
    ("Chile expulsó a dos diplomáticos en respuesta a las nuevas sanciones peruanas.", "es"),
])
def test_the_act_a_measure_answers_was_done_to_the_one_answering(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert ("PER", "CHL", "16") in codes, codes


def test_no_one_inside_an_answer_phrase_receives_aid() -> None:
    codes = _codes("Chile deployed warships in response to Peruvian military drills near the coast.", "en")
    assert not any(c[:2] == ("CHL", "PER") and c[2] in ("06", "07") for c in codes), codes


def test_after_a_verb_and_its_subject_a_form_is_the_object() -> None:
    codes = _codes("Recibió Chile ayuda de emergencia de Perú y Bolivia tras el terremoto.", "es")
    assert {("PER", "CHL", "07"), ("BOL", "CHL", "07")} <= codes, codes


@pytest.mark.parametrize(("text", "code"), [
    ("Peru's president ordered troops to withdraw from Bolivia.", "08"),
    ("Peru ordered the army to close the border with Bolivia.", "19"),
    ("Peru ordered its navy to strike Bolivian positions.", "19"),
])
def test_ordering_ones_own_forces_is_the_act(text: str, code: str) -> None:
    codes = _codes(text, "en")
    assert ("PER", "BOL", code) in codes and not any(c[2] == "10" for c in codes), codes


def test_ordering_another_state_stays_a_demand() -> None:
    codes = _codes("Peru ordered Bolivia to withdraw its troops from the border.", "en")
    assert not any(c[:2] == ("PER", "BOL") and c[2] == "08" for c in codes), codes


@pytest.mark.parametrize("text", ["Russian troops withdrew from Kharkiv.", "Russian forces pulled out of Kharkiv."])
def test_leaving_a_known_place_leaves_its_state(text: str) -> None:
    assert ("RUS", "UKR", "08") in _codes(text, "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Chile accused Peru of killing civilians.", "en"),
    ("Chile acusó a Perú de matar a civiles.", "es"),
    ("Chile accused Peru of killing the country's top general.", "en"),
])
def test_the_victims_an_accuser_names_are_its_own(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert ("CHL", "PER", "11") in codes and any(c[:2] == ("PER", "CHL") and c[2] in ("18", "19", "20")
                                                 for c in codes), codes


def test_victims_of_a_reported_attack_with_no_accuser_keep_no_state() -> None:
    codes = _codes("Peruvian troops killed dozens of civilians overnight.", "en")
    assert not any(c[0] == "PER" and c[1] for c in codes), codes


def test_people_attacked_in_a_known_place_are_its_states() -> None:
    assert ("RUS", "SYR", "20") in _codes("Russian jets killed dozens of civilians in Aleppo.", "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Indian Prime Minister Narendra Modi visited Shanghai on Friday.", "en"),
    ("El primer ministro indio, Narendra Modi, visitó Shanghái el viernes.", "es"),
])
def test_a_visit_to_a_known_place_is_a_visit_to_its_state(text: str, language: str) -> None:
    assert ("IND", "CHN", "04") in _codes(text, language)


def test_a_meeting_place_is_still_no_party() -> None:
    codes = _codes("Modi met Putin in Shanghai.", "en")
    assert not any("CHN" in c[:2] for c in codes), codes


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia extradited a Peruvian banker to Chile.", "en"),
    ("Bolivia extradited Alberto Fujimori to Chile.", "en"),  # a Peruvian the dictionaries know by name
    ("Bolivia extraditó a Alberto Fujimori a Chile.", "es"),
])
def test_an_extradition_goes_to_the_receiving_state(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert ("BOL", "CHL", "06") in codes and not any(c[:2] == ("BOL", "PER") for c in codes), codes


def test_a_nominal_visit_to_a_known_place_is_to_its_state() -> None:
    assert ("IND", "CHN", "04") in _codes("Modi's trip to Shanghai ended on Friday.", "en")


def test_a_known_place_as_the_object_of_leaving_is_left() -> None:
    assert ("ISR", "PSE", "08") in _codes("Israeli soldiers abandoned the Gaza Strip.", "en")
