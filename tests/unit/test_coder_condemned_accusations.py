"""Text coder, coder 0.3.34: accusations a state condemns or calls a lie were aimed at it.

"Cuba calificó de mentira las acusaciones de Estados Unidos", "Cuba condemned the U.S. accusations": the United
States accused Cuba (112) as well as Cuba criticising the United States (111), as a rejection of them already read
("rechazó las acusaciones de Estados Unidos"). Accusations that name whom they accuse keep that target (a guard: so
before too).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2017, 10, 1), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Cuba calificó de mentira las acusaciones de Estados Unidos.", "es"),
    ("Cuba condenó las acusaciones de Estados Unidos.", "es"),
    ("Cuba condemned the U.S. accusations.", "en"),
])
def test_the_condemned_accusation_was_aimed_at_the_critic(text: str, language: str) -> None:
    assert _events(text, language) == {("CUB", "USA", "111"), ("USA", "CUB", "112")}


def test_an_accusation_naming_its_target_keeps_it() -> None:
    found = _events("Venezuela condenó las acusaciones de Estados Unidos contra Cuba.", "es")
    assert ("USA", "CUB", "112") in found and ("USA", "VEN", "112") not in found
