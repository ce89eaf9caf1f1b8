"""Text coder, receiving and time phrases: what a state receives was given by the one it came from (also
when the receipt is scheduled); receiving a visiting official is hosting; a visit in an "after"/"tras"
phrase belongs to the subject of the clause it opens, never to a subject carried from another clause.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def codes(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target.country, e.cameo) for e in code_text(text, language=language)
            if not e.negated}


# The giver is the source; the receiver the target; a noun the dictionaries code ("loans") is the
# object of "receive", not an act of the receiver.
GIFTS = [
    ("Peru received loans worth 200 million dollars from Brazil.", "en", ("BRA", "PER", "071")),
    ("Kenya will receive a grant from Norway next year.", "en", ("NOR", "KEN", "071")),
    ("Peru will get new loans from Brazil.", "en", ("BRA", "PER", "071")),
    ("Paraguay recibirá un préstamo de Brasil.", "es", ("BRA", "PRY", "071")),
    ("Bolivia recibió armas del ministro ruso de Defensa.", "es", ("RUS", "BOL", "072")),
]


@pytest.mark.parametrize(("text", "language", "event"), GIFTS)
def test_what_is_received_was_given_by_its_source(text: str, language: str, event: tuple) -> None:
    found = codes(text, language)
    assert event in found
    assert not any(s == event[1] for s, _, _ in found)  # the receiver gives nothing
    assert not any(c.startswith("03") for _, _, c in found)  # a scheduled receipt is no promise


def test_a_receipt_the_receiver_only_hopes_for_stays_unreal() -> None:
    assert not any(c.startswith("07") for _, _, c in codes("Kenya hopes to receive a grant from Norway.", "en"))


HOSTS = [
    ("Austria received the Egyptian envoy on Tuesday.", "en", "AUT", "EGY"),
    ("The Dutch premier received the Kenyan foreign minister in The Hague.", "en", "NLD", "KEN"),
    ("Ecuador recibió el martes al viceprimer ministro egipcio.", "es", "ECU", "EGY"),
]


@pytest.mark.parametrize(("text", "language", "host", "guest"), HOSTS)
def test_receiving_a_visiting_official_is_hosting(text: str, language: str, host: str, guest: str) -> None:
    found = codes(text, language)
    assert {(host, guest, "043"), (guest, host, "042")} <= found


def test_an_official_who_gives_is_no_guest() -> None:
    found = codes("Kenya received rifles from the Egyptian defence minister.", "en")
    assert ("EGY", "KEN", "072") in found
    assert not any(c.startswith("04") for _, _, c in found)


def test_getting_ready_to_receive_an_official_is_a_plan_to_meet() -> None:
    assert ("ECU", "EGY", "036") in codes("Ecuador se alista a recibir el martes al canciller egipcio.", "es")


# A fronted time phrase takes the main clause's subject; a trailing one in another clause takes no
# subject carried from an earlier clause.
def test_a_visit_in_a_fronted_time_phrase_is_the_main_subjects() -> None:
    for text, language in [("After a visit to Norway, Ruto signed a deal with Egypt.", "en"),
                           ("Tras una visita a Noruega, Ruto firmó un acuerdo con Egipto.", "es")]:
        found = codes(text, language)
        assert ("KEN", "NOR", "042") in found, text
        assert ("KEN", "EGY", "057") in found, text


def test_a_visit_in_a_fronted_during_phrase_is_the_main_subjects() -> None:
    """Coder 0.3.21: "During his visit to ...," opening the sentence names the main subject's visit."""
    for text, language in [("During his visit to Caracas, Putin signed an energy deal with Maduro.", "en"),
                           ("Durante su visita a Caracas, Putin firmó un acuerdo energético con Maduro.", "es")]:
        found = codes(text, language)
        assert ("RUS", "VEN", "042") in found, text
        assert ("RUS", "VEN", "057") in found, text


def test_a_meeting_during_which_subjects_act_stays_theirs() -> None:
    """After the verb, "durante una reunión" is the meeting of the subjects just named, as with no lead word."""
    text = "Los cancilleres de Rusia y Venezuela firmaron un acuerdo el sábado durante una reunión en Moscú."
    assert ("RUS", "VEN", "057") in codes(text, "es")
    assert {("RUS", "VEN"), ("VEN", "RUS")} <= {(s, t) for s, t, c in codes(text, "es") if c.startswith("04")}


def test_a_visit_after_another_clause_borrows_no_subject() -> None:
    text = ("El presidente de Ecuador habló con su colega de Perú, cuando el mandatario peruano volvía a su "
            "país tras una visita oficial a Egipto.")
    found = codes(text, "es")
    assert ("ECU", "PER", "046") in found
    assert not any(s == "ECU" and t == "EGY" for s, t, _ in found)


def test_a_place_right_after_a_verb_of_visiting_is_its_object() -> None:
    """Coder 0.3.21: "Visitó Caracas el canciller ruso": the verb-first subject is the minister after the place
    visited, so Russia visits Venezuela (042), not the other way round."""
    found = codes("Visitó Caracas el canciller ruso.", "es")
    assert ("RUS", "VEN", "042") in found
    assert ("VEN", "RUS", "042") not in found


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia recibió a diplomáticos peruanos en La Paz.", "es"),
    ("Bolivia recibió a negociadores peruanos.", "es"),
    ("Bolivia hosted Peruvian negotiators.", "en"),
])
def test_received_diplomats_and_negotiators_are_guests(text: str, language: str) -> None:
    """Coder 0.3.22: diplomats, negotiators, officials received are a visit hosted (043), not goods (070)."""
    codes = {(e.source.country, e.target and e.target.country, e.cameo)
             for e in code_text(text, dt.date(2020, 1, 1), language=language)}
    assert ("BOL", "PER", "043") in codes and not any(c[2].startswith("07") for c in codes), codes
