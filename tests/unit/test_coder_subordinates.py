"""Text coder, coder 0.3.12: subordinate phrases and clauses, and two acts of breaking relations.

- what follows "despite", "in spite of", "pese a", "a pesar de" (cue kind ``concessive``) is what the act went
  ahead despite, not its target;
- clause words of three words ("después de que", "antes de que", "hasta que") open a clause as the one- and
  two-word ones do: the subject after them belongs to their clause, not to the verb before;
- with accents written, "enviara" (past subjunctive: "después de que Rusia enviara") is no future "enviará";
- declaring a diplomat "persona non grata" is an expulsion (161), and "cortar relaciones" breaks them (161).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Ecuador concedió asilo a Julian Assange, pese a la advertencia del Reino Unido.", "es"),
    ("Ecuador granted asylum to Julian Assange despite warnings from Britain.", "en"),
])
def test_what_an_act_went_ahead_despite_is_not_its_target(text: str, language: str) -> None:
    assert not any(e[1] == "GBR" for e in _events(text, language))


def test_an_aid_act_after_a_concession_keeps_its_target() -> None:
    assert _events("Pese a las sanciones, Rusia envió armas a Venezuela.", "es") == {("RUS", "VEN", "072")}


def test_the_subject_after_despues_de_que_is_that_clauses() -> None:
    found = _events("Brasil protestó después de que Rusia enviara tropas a Venezuela.", "es")
    assert ("RUS", "VEN", "072") in found  # an act, not an intent (0332), by the clause's own subject
    assert not any(e[0] == "BRA" and e[2].startswith("07") for e in found)


def test_an_unaccented_sentence_keeps_the_future_reading() -> None:
    assert _events("Rusia enviara tropas a Venezuela", "es") == {("RUS", "VEN", "0332")}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Perú declaró persona non grata al embajador de México.", "es", ("PER", "MEX", "161")),
    ("Russia declared two Polish diplomats persona non grata.", "en", ("RUS", "POL", "161")),
    ("Taiwán cortó relaciones con Honduras.", "es", ("TWN", "HND", "161")),
])
def test_acts_that_break_relations(text: str, language: str, expected: tuple) -> None:
    assert _events(text, language) == {expected}


@pytest.mark.parametrize(("text", "language"), [
    ("Rusia envió tropas sin consultar a Ucrania.", "es"),
    ("Russia sent troops without consulting Ukraine.", "en"),
])
def test_what_an_act_went_ahead_without_is_no_target_and_did_not_happen(text: str, language: str) -> None:
    assert not any(e[1] == "UKR" for e in _events(text, language))


def test_sin_before_a_verb_negates_it_and_sin_in_a_name_does_not() -> None:
    assert all(e.negated for e in code_text("Bolsonaro sigue sin felicitar a Joe Biden.", language="es"))
    landless = code_text("Los campesinos sin tierra protestaron contra el gobierno de Brasil.", language="es")
    assert landless and not any(e.negated for e in landless)
