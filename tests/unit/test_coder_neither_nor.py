"""Text coder, coder 0.3.34: "neither ... nor" and Spanish "ni ... ni" negate the acts they join.

"Beijing said it would neither accept nor recognize the ruling", "Pekín dijo que ni aceptará ni reconocerá el
fallo", "China will neither send troops nor supply arms to Russia": no acceptance and no aid happened (they read
as an intent to cooperate or aid).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("Beijing said it would neither accept nor recognize the ruling in the case brought by Manila.", "en"),
    ("Pekín dijo que ni aceptará ni reconocerá el fallo en el caso presentado por Manila.", "es"),
    ("China will neither send troops nor supply arms to Russia.", "en"),
])
def test_every_joined_act_is_negated(text: str, language: str) -> None:
    events = code_text(text, dt.date(2016, 7, 12), language)
    assert events and all(e.negated for e in events)
