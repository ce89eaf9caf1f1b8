"""Text coder, coder 0.3.22: formal agreements (057) signed, inked or sealed.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Peru and Ecuador inked a trade deal.", "en"),
    ("The Peruvian president and his Ecuadorian counterpart sealed a strategic alliance.", "en"),
    ("Perú y Ecuador sellaron una alianza estratégica.", "es"),
])
def test_inking_or_sealing_a_deal_signs_it(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert {("PER", "ECU", "057"), ("ECU", "PER", "057")} <= codes, codes


def test_sealing_a_border_still_closes_it() -> None:
    assert ("PER", "ECU", "191") in _codes("Peru sealed its border with Ecuador.", "en")


@pytest.mark.parametrize(("text", "language"), [
    ("The Peruvian president visited Quito, where he signed a trade deal with Ecuador.", "en"),
    ("El presidente peruano visitó Quito, donde firmó con Ecuador un acuerdo comercial.", "es"),
])
def test_a_place_before_where_is_no_subject(text: str, language: str) -> None:
    """Coder 0.3.22: in "visited Quito, where he signed ...", "donde firmó ..." the place is where it happened;
    the signer is the main clause's subject, and the partner named after "with" stays the other side."""
    codes = _codes(text, language)
    assert ("PER", "ECU", "057") in codes, codes


@pytest.mark.parametrize(("text", "language"), [
    ("The Peruvian president met Ecuador's foreign minister and signed two agreements.", "en"),
    ("El presidente peruano se reunió con el canciller ecuatoriano y firmó dos acuerdos.", "es"),
    ("El presidente peruano recibió al canciller ecuatoriano y firmaron dos acuerdos.", "es"),
])
def test_what_is_signed_right_after_a_meeting_is_signed_with_the_guest(text: str, language: str) -> None:
    """Coder 0.3.22: a signing joined by "and"/"y" to a meeting names no partner; it is the one just met."""
    assert ("PER", "ECU", "057") in _codes(text, language)


def test_a_signing_after_a_criticism_borrows_no_partner() -> None:
    assert not any(c[2] == "057" for c in _codes("Peru criticised Ecuador and signed a deal.", "en"))


@pytest.mark.parametrize(("text", "language"), [
    ("Peru and Ecuador renewed their cooperation agreement.", "en"),
    ("Peru ratified a treaty with Ecuador.", "en"),
    ("Peru and Ecuador finalized an oil deal.", "en"),
    ("Perú y Ecuador renovaron su acuerdo de cooperación.", "es"),
    ("Perú y Ecuador ratificaron el tratado de amistad.", "es"),
    ("Perú y Ecuador concretaron un acuerdo petrolero.", "es"),
])
def test_renewing_ratifying_or_finalizing_an_agreement_signs_it(text: str, language: str) -> None:
    assert ("PER", "ECU", "057") in _codes(text, language)


def test_an_agreement_signed_by_two_states_in_the_passive_is_signed_with_each_other() -> None:
    """Coder 0.3.22: the passive agent of a mutual act, when it names two states, acts with itself."""
    codes = _codes("El acuerdo fue firmado por Perú y Ecuador en Lima.", "es")
    assert {("PER", "ECU", "057"), ("ECU", "PER", "057")} <= codes, codes


@pytest.mark.parametrize(("text", "language"), [
    ("El presidente peruano recibió al canciller ecuatoriano, con quien firmó diez acuerdos.", "es"),
    ("The Peruvian president hosted Ecuador's foreign minister, with whom he signed ten agreements.", "en"),
])
def test_a_signing_with_whom_after_a_hosting_is_with_the_guest(text: str, language: str) -> None:
    """Coder 0.3.22: receiving a guest no longer swallows a finite verb after it ("recibió a X, con quien
    firmó"): a verb after a comma or "and" is its own act; "con quien"/"with whom" names the guest."""
    codes = _codes(text, language)
    assert {("PER", "ECU", "057"), ("PER", "ECU", "043")} <= codes, codes


def test_received_loans_stay_one_act() -> None:
    codes = _codes("Peru will receive loans totalling 390 million dollars from Ecuador.", "en")
    assert codes == {("ECU", "PER", "071")}, codes


@pytest.mark.parametrize(("text", "language"), [
    ("Durante la visita de Lula a Lima, Perú y Ecuador firmaron 15 acuerdos.", "es"),
    ("During Lula's visit to Lima, Peru and Ecuador signed 15 agreements.", "en"),
])
def test_a_time_phrase_ends_at_its_comma_when_a_verbs_subjects_follow(text: str, language: str) -> None:
    """Coder 0.3.22: "to Lima, Peru and Ecuador signed" is no list of three places visited: the phrase ends at
    its comma, and the two states after it sign with each other."""
    codes = _codes(text, language)
    assert {("PER", "ECU", "057"), ("ECU", "PER", "057")} <= codes, codes


@pytest.mark.parametrize("text", [
    "Perú y Ecuador estrecharon su cooperación militar.",
    "Perú y Ecuador profundizaron sus lazos militares.",
])
def test_deepening_military_cooperation_is_military_cooperation(text: str) -> None:
    """Coder 0.3.22: "estrechar", "profundizar", "intensificar", "fortalecer" cooperation or ties: the object
    decides the kind, as with the English "deepened military cooperation" (062); none recognisable, no event."""
    codes = _codes(text, "es")
    assert {("PER", "ECU", "062"), ("ECU", "PER", "062")} <= codes, codes
    assert not _codes("Perú y Ecuador estrecharon sus lazos.", "es")
