"""Text coder, coder 0.3.36: a manner word between an appeal verb and "que" ("pidieron de forma conjunta que el
Consejo Nacional Electoral venezolano publique", "pidieron conjuntamente que") leaves "que" the verb's complementizer,
so the state organ after it is whom the appeal is made to; a relative clause on a noun still hides its actor.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 8, 1), "es")}


@pytest.mark.parametrize("manner", ["de forma conjunta", "conjuntamente", "públicamente"])
def test_appeal_after_a_manner_word_reaches_the_clause_subject(manner: str) -> None:
    pairs = _pairs(f"Lula da Silva y Gustavo Petro pidieron {manner} que el Consejo Nacional Electoral venezolano "
                   "publique las actas.")
    assert {("BRA", "VEN", "02"), ("COL", "VEN", "02")} <= pairs


def test_a_relative_clause_on_a_noun_still_hides_its_actor() -> None:
    pairs = _pairs("Colombia rechazó una propuesta que permitiría ataques contra Venezuela.")
    assert ("COL", "VEN", "12") not in pairs
