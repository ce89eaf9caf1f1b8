"""Text coder, coder 0.3.23: a meeting named as the setting of an intent ("agreed at a summit in Tokyo to",
"acordaron durante una conversación telefónica") stands between the verb and what it governs, like a time
phrase: the intent is read across it, and the meeting noun is no object that decides the sub-code. A meeting
walked out of, left or boycotted is no consultation; pulling out of talks halts them (164). A meeting that opens
the sentence ("In a phone call with X, Y pledged ...") is the main subject's, and what is promised in the main
clause is promised to the one met.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for e in code_text(text, language=language):
        if e.source and e.target and e.source.country and e.target.country:
            found.setdefault((e.source.country, e.target.country), set()).add(e.cameo)
    return found


@pytest.mark.parametrize(("text", "language"), [
    ("Chile and Peru agreed at a summit in Lima to expand military cooperation.", "en"),
    ("Chile and Peru agreed during talks in Santiago to expand military cooperation.", "en"),
    ("Chile and Peru agreed at their meeting to expand military cooperation.", "en"),
])
def test_an_intent_is_read_across_its_meeting(text: str, language: str) -> None:
    codes = _codes(text, language)
    # the intent to cooperate militarily (0312), not a bare "agree" (050) nor an intent to meet (036)
    assert "0312" in codes.get(("CHL", "PER"), set()) and "0312" in codes.get(("PER", "CHL"), set())
    assert not {"050", "036"} & codes[("CHL", "PER")]


def test_the_spanish_meeting_noun_with_its_adjective_is_no_object() -> None:
    codes = _codes("Chile y Perú acordaron durante una conversación telefónica ampliar el comercio.", "es")
    assert codes.get(("CHL", "PER")) and "036" not in codes[("CHL", "PER")]
    assert any(c.startswith("041") for c in codes[("CHL", "PER")])  # the call is coded as the setting


def test_a_meeting_that_is_the_object_still_decides() -> None:
    # "agreed to a summit": the meeting is what was agreed to, an intent to meet
    codes = _codes("Chile and Peru agreed to hold a summit in Lima.", "en")
    assert "036" in codes.get(("CHL", "PER"), set())


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Chile walked out of the meeting with Peru.", "en", "143"),
    ("Chile se retiró de la reunión con Perú.", "es", "143"),
    ("Chile abandonó la cumbre con Perú.", "es", "143"),
    ("Chile pulled out of talks with Peru.", "en", "164"),
    ("Chile se retiró de las negociaciones con Perú.", "es", "164"),
])
def test_a_meeting_left_is_no_consultation(text: str, language: str, code: str) -> None:
    codes = _codes(text, language)
    assert codes.get(("CHL", "PER")) == {code}  # the protest or the halt, and no meeting (04x) either way
    assert ("PER", "CHL") not in codes


@pytest.mark.parametrize(("text", "language"), [
    ("In a phone call with Boric, Boluarte pledged to expand trade.", "en"),
    ("At a meeting with Boric, Boluarte pledged to expand trade.", "en"),
    ("En una reunión con Boric, Boluarte prometió ampliar el comercio.", "es"),
])
def test_a_fronted_meeting_frames_the_main_clause(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert any(c.startswith("04") for c in codes.get(("PER", "CHL"), set()))  # the meeting, by the main subject
    assert any(c.startswith("03") for c in codes[("PER", "CHL")])  # the promise, to the one met


@pytest.mark.parametrize(("text", "language"), [
    ("Meeting in Lima, Boric and Boluarte agreed to expand trade.", "en"),
    ("Reunidos en Lima, los presidentes Gabriel Boric y Dina Boluarte acordaron ampliar el comercio.", "es"),
    ("Reunidos en la capital ecuatoriana, Boric y Boluarte acordaron ampliar el comercio.", "es"),
])
def test_a_fronted_meeting_participle_is_a_meeting_of_the_main_subjects(text: str, language: str) -> None:
    codes = _codes(text, language)
    for pair in (("CHL", "PER"), ("PER", "CHL")):
        assert any(c.startswith("04") for c in codes.get(pair, set())), pair  # they met
        assert any(c.startswith("03") for c in codes[pair]), pair  # and the main verb keeps them as subjects
    assert not any("ECU" in pair for pair in codes)  # "la capital ecuatoriana" is only where they met
