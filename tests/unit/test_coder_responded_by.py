"""Text coder, coder 0.3.24: a mobilisation that answers an act before it.

"..., and Caracas responded by mobilising troops", "y Caracas respondió movilizando tropas": troops, forces or
the army mobilised are a mobilisation (154), and one that names no target of its own after "responded by",
"reacted by", "respondió" is aimed at the doer of the act it answers.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("The United States sent three destroyers to waters off Venezuela, and Caracas responded by mobilising troops.",
     "en"),
    ("Estados Unidos envió tres destructores frente a Venezuela, y Caracas respondió movilizando tropas.", "es"),
])
def test_a_mobilisation_in_answer_is_aimed_at_the_one_answered(text: str, language: str) -> None:
    events = {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, language=language)}
    assert ("VEN", "USA", "154") in events
    assert ("USA", "VEN", "150") in events
