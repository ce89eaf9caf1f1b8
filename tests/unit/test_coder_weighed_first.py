"""Text coder, coder 0.3.37: a Spanish clause opened by a verb of weighing with its subject after it ("Estudia Chile
imponer aranceles", "Evalúa México imponer aranceles a China") tells a plan weighed, no act; the act told plainly
stays.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str) -> set[str]:
    return {e.cameo for e in code_text(text, dt.date(2024, 4, 2), "es")}


@pytest.mark.parametrize("text", [
    "Estudia Chile imponer aranceles al acero procedente de China.",
    "Evalúa México imponer aranceles a China.",
])
def test_a_plan_weighed_is_no_act(text: str) -> None:
    assert not any(code.startswith("16") for code in _codes(text))


def test_the_act_told_plainly_stays() -> None:
    assert any(code.startswith("16") for code in _codes("Chile impuso aranceles al acero chino."))
