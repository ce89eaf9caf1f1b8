"""Text coder, coder 0.3.24: the addressees of an appeal stop where its content starts.

"urged the United States on Tuesday to cancel a proposed sale of tanks and missiles to Taiwan": a state after
"to" far from the first addressee is inside what is asked (the sale's recipient), not a second addressee; "urged
Russia and China to", "appealed to Russia and to Ukraine to" still name both. The warning after it ("warning
Washington not to") then answers the one addressed only.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, language="en") if not e.negated}


def test_a_state_inside_what_is_asked_is_no_addressee() -> None:
    text = ("China urged the United States on Tuesday to cancel a proposed $2.2 billion sale of tanks and missiles to "
            "Taiwan, warning Washington not to play with fire.")
    assert _pairs(text) == {("CHN", "USA", "02"), ("CHN", "USA", "13")}


@pytest.mark.parametrize(("text", "addressees"), [
    ("The EU appealed to Russia and to Ukraine to respect the ceasefire.", {"RUS", "UKR"}),
    ("Venezuela called on Russia, China and Iran to help.", {"RUS", "CHN", "IRN"}),
])
def test_addressees_joined_to_the_first_are_all_asked(text: str, addressees: set[str]) -> None:
    assert {t for _, t, code in _pairs(text) if code == "02"} == addressees
