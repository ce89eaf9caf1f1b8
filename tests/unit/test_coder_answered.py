"""Text coder, coder 0.3.10: a rejected appeal or offer was made, and it was made to the rejecter.

"Britain rejected Argentina's renewed call for talks": Britain rejects (12x) and Argentina appealed to
Britain (02x), as a rejected accusation was already coded; only an appeal or offer right after the
rejection counts ("rechazaron un ataque ..., a pedido de Washington" is no appeal to the rejecter).
"renewed", "repeated", "latest" before a word make it a noun, as "new" and "fresh" do. A state that condemns an
act told earlier in the sentence ("Russia shot down a drone, and Georgia condemned the attack") condemns
its doer.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Britain rejected Argentina's renewed call for talks on the islands.", "en"),
    ("Britain rejected Argentina's repeated request for talks.", "en"),
    ("Gran Bretaña rechazó el pedido de Argentina de negociar.", "es"),
])
def test_a_rejected_appeal_was_made_to_the_rejecter(text: str, language: str) -> None:
    events = _events(text, language)
    assert ("GBR", "ARG", "12") in events and ("ARG", "GBR", "02") in events, events


def test_an_appeal_far_from_the_rejection_is_not_answered_by_it() -> None:
    text = ("Los líderes de la OEA rechazaron un ataque de Estados Unidos a Siria, en una cumbre marcada por "
            "la detención, a pedido de Washington, de un funcionario local.")
    assert not any(e[1] is None and e[2] == "02" for e in _events(text, "es"))
    assert not any(e[0] == "USA" and e[2] == "02" and e[1] != "USA" for e in _events(text, "es")
                   if e[1] is not None)


@pytest.mark.parametrize(("text", "language"), [
    ("Russia shot down a Georgian drone, and Georgia condemned the attack as a violation of its airspace.", "en"),
    ("Rusia derribó un dron georgiano y Georgia condenó el ataque.", "es"),
])
def test_condemning_an_act_told_earlier_targets_its_doer(text: str, language: str) -> None:
    assert ("GEO", "RUS", "11") in _events(text, language)


def test_a_group_condemning_takes_no_earlier_doer_as_target() -> None:
    events = _events("La policía detuvo a los estudiantes y los manifestantes condenaron la represión.", "es")
    assert not any(e[2] == "11" and e[1] is not None for e in events), events


@pytest.mark.parametrize(("text", "language"), [
    ("Moscow rejected Kyiv's demand that it hand back Crimea.", "en"),
    ("Rusia rechazó la exigencia de Ucrania de devolver Crimea.", "es"),
    ("Rechazó Rusia la exigencia de Ucrania de devolver Crimea.", "es"),
])
def test_a_rejected_demand_was_made_to_the_rejecter(text: str, language: str) -> None:
    """Coder 0.3.12: demands (10) are answered as appeals are; "la exigencia de X" names the one who demands,
    and an inverted subject before an article ("Rechazó Rusia la exigencia") is no owner of the noun."""
    events = _events(text, language)
    assert ("RUS", "UKR", "12") in events and ("UKR", "RUS", "10") in events, events
    assert ("RUS", "UKR", "10") not in events


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Manila lodged a diplomatic protest after Chinese coast guard ships blocked a Philippine boat.", "en",
     ("PHL", "CHN", "11")),
    ("Brasil protestó después de que Israel expulsara al embajador de Brasil.", "es", ("BRA", "ISR", "11")),
])
def test_a_complaint_with_no_target_answers_the_doer_of_the_clause_after_it(text: str, language: str,
                                                                          expected: tuple) -> None:
    """Coder 0.3.12: "protested after X did Y", "protestó después de que X hiciera Y": the complaint is
    aimed at X (an earlier act's doer was already its target)."""
    assert expected in _events(text, language)


def test_a_complaint_with_its_own_target_keeps_it() -> None:
    assert ("EST", "RUS", "11") in _events("Estonia protested to Moscow after Latvian officials spoke.", "en")
    assert not any(e[1] == "LVA" for e in _events("Estonia protested to Moscow after Latvian officials spoke.", "en"))


def test_a_rejected_ultimatum_was_issued_to_the_rejecter_by_each_state_named() -> None:
    """Coder 0.3.12: "ultimátum" is a nominal threat (139); rejected, it was aimed at the rejecter by each state
    of "de A, B y C"."""
    found = _events("Venezuela rechazó el ultimátum de España, Francia y Alemania para convocar elecciones.", "es")
    assert {("ESP", "VEN", "13"), ("FRA", "VEN", "13"), ("DEU", "VEN", "13")} <= found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan will not allow the United States to use its bases.", ("PAK", "USA", "12")),
    ("Turkey did not allow US troops to cross its territory.", ("TUR", "USA", "12")),
])
def test_not_allowing_a_state_to_act_is_a_rejection(text: str, expected: tuple) -> None:
    """Coder 0.3.12: "allow" and "permit" join the stance verbs a negation makes a rejection."""
    assert expected in _events(text, "en")
