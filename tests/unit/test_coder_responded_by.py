"""Text coder, coder 0.3.36: an act told after "responded by" / "respondió" that names no target of its own is aimed
at the doer of the act it answers ("Ecuadorean police stormed Mexico's embassy, and López Obrador responded by
breaking off diplomatic relations"), whatever its kind (a complaint, protest or alert already was). An answer
with its own target keeps it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 4, 6), language)}


@pytest.mark.parametrize(("text", "language", "answer"), [
    ("Ecuadorean police stormed Mexico's embassy in Quito on Friday, and Andrés Manuel López Obrador responded by "
     "breaking off diplomatic relations.", "en", ("MEX", "ECU", "16")),
    ("Ecuador imposed tariffs on Colombian imports, and Colombia responded by suspending electricity sales.", "en",
     ("COL", "ECU", "16")),
    ("Ecuador impuso aranceles a las importaciones colombianas, y Colombia respondió suspendiendo la venta de "
     "electricidad.", "es", ("COL", "ECU", "16")),
])
def test_the_answer_is_aimed_at_the_one_answered(text: str, language: str, answer: tuple) -> None:
    assert answer in _pairs(text, language)


def test_an_answer_with_its_own_target_keeps_it() -> None:
    pairs = _pairs("Russia expelled two British diplomats, and London responded by expelling three Russian "
                   "diplomats and summoning Belarus's ambassador.", "en")
    assert ("GBR", "RUS", "16") in pairs
