"""Text coder, coder 0.3.11: aid told by a noun.

- "Russian aid to Venezuela", "announced new military aid for Kyiv", "la ayuda rusa a Venezuela", "anunció
  ayuda para Venezuela": an aid noun with its recipient after "to", "for", "a" or "para" is aid (07x) from
  the noun's own agent or the clause's subject, the noun's own words giving its kind (military 072,
  humanitarian 073);
- the same aid told by a verb and its noun is one event ("sent $5 billion in aid to Venezuela"); promised,
  requested, cut or suspended aid stays a promise, a request or a cut;
- after "para", "de" or "en" a Spanish form that is not an infinitive is a noun ("para ayuda alimentaria"),
  while an infinitive with a clitic stays a verb ("para asesinarlo").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Russia announced new military aid for Venezuela.", "en", "072"),
    ("Russian humanitarian aid to Venezuela arrived on Monday.", "en", "073"),
    ("Rusia anunció una ayuda militar a Venezuela.", "es", "072"),
    ("La ayuda humanitaria rusa a Venezuela llegó el lunes.", "es", "073"),
])
def test_an_aid_noun_with_its_recipient_is_aid(text: str, language: str, code: str) -> None:
    assert _events(text, language) == {("RUS", "VEN", code)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Russia sent $5 billion in aid to Venezuela.", "en", {("RUS", "VEN", "071")}),
    ("Estados Unidos prometió 20 millones de dólares en ayuda humanitaria para Venezuela.", "es",
     {("USA", "VEN", "0333")}),
    ("Russia cut aid to Venezuela.", "en", {("RUS", "VEN", "162")}),
    ("Venezuela pidió ayuda a Rusia.", "es", {("VEN", "RUS", "023")}),
])
def test_aid_told_by_a_verb_and_its_noun_is_one_event(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected


def test_a_noun_after_para_and_a_clitic_infinitive() -> None:
    assert _events("Japón donó 3 millones de dólares a Haití para ayuda alimentaria.", "es") == {("JPN", "HTI", "073")}


@pytest.mark.parametrize("text", ["Russia wrote off Cuba's debt.", "Russia has written off most of Cuba's debt."])
def test_writing_off_a_debt_is_debt_relief(text: str) -> None:
    """Coder 0.3.12: "write off" and "cancel" a debt join forgiving it (071)."""
    assert {(e.source.country, e.target.country, e.cameo) for e in code_text(text, language="en")} \
        == {("RUS", "CUB", "071")}
