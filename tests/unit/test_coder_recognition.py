"""Text coder, coder 0.3.20: diplomatic recognition named by a noun ("its recognition of Beijing", "el
reconocimiento de Pekín") is recognition (054) by the one who grants it; "un reconocimiento a" (an award) is not.
A noun governed by the verb of a clause opened by "after" ("after Peru announced a visit to Beijing") is that
verb's subject's, not the main clause's.

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
    ("Paraguay announced its recognition of Beijing on Monday.", "en"),
    ("Chile cut ties with Paraguay after Asuncion announced the recognition of Beijing.", "en"),
    ("Paraguay anunció el reconocimiento de la República Popular China.", "es"),
])
def test_a_recognition_noun_is_recognition_by_its_granter(text: str, language: str) -> None:
    assert ("PRY", "CHN", "054") in _codes(text, language)


def test_an_award_to_a_state_is_no_recognition() -> None:
    codes = _codes("El Gobierno paraguayo entregó un reconocimiento a Chile por su ayuda.", "es")
    assert not any(c[2] == "054" for c in codes), codes


def test_a_noun_after_a_clause_verb_is_that_clauses_subjects() -> None:
    codes = _codes("Chile cut ties with Paraguay after Peru announced a visit to Beijing.", "en")
    assert ("PER", "CHN", "042") in codes and ("CHL", "CHN", "042") not in codes, codes
