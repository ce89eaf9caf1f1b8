"""Text coder, Spanish visits and rejections: a trip whose destination a future verb names is a plan (not a
deportation or a threat); "recibir al presidente de X" hosts a visit; "calificar de falsas" rejects.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def codes(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, (e.target and e.target.country), e.cameo) for e in code_text(text, language=language)
            if not e.negated}


# "una gira que lo llevará a X": the tour is planned, an intent to meet (036), for every destination named.
PLANNED_TRIPS = [
    ("La canciller paraguaya comenzó una gira que la llevará a Bolivia y Perú.", "PRY", {"BOL", "PER"}),
    ("El ministro chileno anunció un viaje que lo llevará a Ecuador.", "CHL", {"ECU"}),
]


@pytest.mark.parametrize(("text", "source", "destinations"), PLANNED_TRIPS)
def test_a_trip_a_future_verb_takes_somewhere_is_an_intent_to_meet(text: str, source: str,
                                                                    destinations: set[str]) -> None:
    found = codes(text, "es")
    assert {(source, d, "036") for d in destinations} <= found
    # "llevar a" a country is a destination: no deportation (174), no threat (13x), no hosting the other way
    assert not any(c.startswith(("17", "13")) for _, _, c in found)
    assert not any(s in destinations for s, _, _ in found)


def test_a_trip_already_made_stays_a_visit() -> None:
    # The past tense is the act itself (042), not a plan.
    assert ("PRY", "BOL", "042") in codes("La canciller paraguaya realizó una visita oficial a Bolivia.", "es")


def test_a_deportation_is_still_read() -> None:
    assert any(c.startswith("174") for _, _, c in codes("Panamá deportó a dos diplomáticos cubanos.", "es"))


# "recibir al presidente de X": hosting a visit (043, the visitor 042); in the future, an intent to meet.
def test_receiving_a_leader_is_hosting_a_visit() -> None:
    found = codes("El presidente uruguayo recibió a su homólogo paraguayo en Montevideo.", "es")
    assert {("URY", "PRY", "043"), ("PRY", "URY", "042")} <= found
    assert ("URY", "PRY", "036") in codes("Uruguay recibirá al canciller de Paraguay el lunes.", "es")


def test_receiving_a_thing_is_no_visit() -> None:
    # a message or arms received are no visit; arms keep their aid reading
    assert not any(c.startswith("04") for _, _, c in codes("Bolivia recibió una carta del presidente chileno.", "es"))
    assert ("RUS", "NIC", "072") in codes("Nicaragua recibió armas de Rusia.", "es")


def test_calling_accusations_false_denies_the_accusers_claim() -> None:
    # since 0.3.25 a denial codes the claim it denies, as reported (it was a rejection, 120, before)
    found = codes("Paraguay calificó de infundadas las acusaciones de Bolivia.", "es")
    assert ("BOL", "PRY", "112") in found and ("PRY", "BOL", "120") not in found


# "el apoyo de X a Y": a support noun names its giver after "de" and its receiver after "a", whoever speaks.
def test_a_support_noun_names_giver_and_receiver() -> None:
    assert ("ECU", "BOL", "051") in codes("El vocero elogió el respaldo de Ecuador a Bolivia.", "es")


def test_withdrawn_support_is_a_cut_not_support() -> None:
    found = codes("Brasil retiró su apoyo a Venezuela.", "es")
    assert any(s == "BRA" and t == "VEN" and c.startswith("16") for s, t, c in found)
    assert ("BRA", "VEN", "051") not in found


# A number word between the preposition and the actor it governs: "la expulsión de dos diplomáticos bolivianos".
@pytest.mark.parametrize(("language", "text"), [
    ("es", "Chile anunció la expulsión de tres diplomáticos peruanos."),
    ("en", "Chile announced the expulsion of three Peruvian diplomats."),
])
def test_a_counted_object_still_names_the_target(language: str, text: str) -> None:
    assert ("CHL", "PER", "161") in codes(text, language)


def test_a_year_in_digits_is_no_quantifier() -> None:
    # "Desde 2001 Chile ...": the year does not hide the subject behind "desde"
    assert ("CHL", "PER", "163") in codes("Desde 2001 Chile impuso un embargo comercial contra Perú.", "es")


# A participle with its "by"/"por" agent right after it and no auxiliary: the agent acts, not the subject.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "Bolivia criticó las sanciones impuestas por Chile a Perú."),
    ("en", "Bolivia criticised the sanctions imposed by Chile on Peru."),
])
def test_a_reduced_passive_takes_its_agent_as_source(language: str, text: str) -> None:
    found = codes(text, language)
    assert any(s == "CHL" and t == "PER" and c[:2] in ("16", "17") for s, t, c in found)
    assert not any(s == "BOL" and t in ("PER", "CHL") and c[:2] in ("16", "17") for s, t, c in found)


def test_a_reduced_passive_with_no_target_names_no_event_of_the_subject() -> None:
    found = codes("Bolivia criticó las sanciones impuestas por Chile.", "es")
    assert not any(c[:2] in ("16", "17") for _, _, c in found)


def test_receiving_a_decision_with_approval_welcomes_it() -> None:
    # "recibir con beneplácito": welcoming a decision (051), not receiving aid from its author
    found = codes("Honduras recibió con beneplácito la decisión de Guatemala de reabrir la frontera.", "es")
    assert ("HND", "GTM", "051") in found
    assert not any(c.startswith("07") for _, _, c in found)


def test_a_noun_that_names_its_own_agent_carries_the_event() -> None:
    # the speaker is no actor; the support is Brazil's, as the noun says ("el respaldo de Brasil")
    assert ("BRA", "PRY", "051") in codes("El canciller reiteró el respaldo de Brasil a Paraguay.", "es")
    # a rejection still answers the noun it governs
    assert ("PRY", "BOL", "120") in codes("Paraguay rechazó la exigencia de Bolivia.", "es")


def test_a_rejection_naming_no_one_answers_the_earlier_accuser() -> None:
    found = codes("Quito intenta culpar a Lima por el ataque, pero el gobierno peruano rechazó las acusaciones.", "es")
    assert {("ECU", "PER", "112"), ("PER", "ECU", "120")} <= found
    found = codes("Kenya accused Uganda of spying, but Kampala rejected the charges.", "en")
    assert {("KEN", "UGA", "112"), ("UGA", "KEN", "120")} <= found
    # with no earlier actor there is nobody to answer
    assert not codes("The Peruvian government rejected the charges.", "en")
