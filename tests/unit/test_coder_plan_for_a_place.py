"""Text coder, coder 0.3.37: the place a plan or proposal is "for"/"para" is what it is about, not the one backed:
"España respaldó el plan de autonomía marroquí para el Sáhara Occidental" backs Morocco, not Western Sahara.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str) -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2022, 3, 18))}


def test_the_plans_owner_is_backed() -> None:
    pairs = _pairs("España respaldó el plan de autonomía marroquí para el Sáhara Occidental.", "es")
    assert ("ESP", "MAR", "05") in pairs
    assert not any(t == "ESH" for _, t, _ in pairs)
