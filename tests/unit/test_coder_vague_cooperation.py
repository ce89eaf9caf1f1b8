"""Material cooperation must name its kind to be an event.

The verb dictionaries file everyday verbs (find, issue, lead, link, add, give) under CAMEO 060, "material
cooperation, not specified". With no object that says which cooperation (military, economic, energy,
intelligence), such a verb names no act between two states, so the coder gives no event for it; an object
that names the kind still makes it 061/062/064.
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str = "en") -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize("text", [
    "China issued new guidance to Venezuela.",
    "The report linked Venezuela to new guidance from China.",
])
def test_an_everyday_verb_filed_as_unstated_cooperation_is_no_event(text: str) -> None:
    assert _codes(text) == set()


def test_found_liable_is_a_finding_not_cooperation() -> None:
    # since coder 0.3.38 "found X liable" is CAMEO 116 (found guilty or liable); it still gives no 060
    assert _codes("A U.S. court found Iran liable for the attack on the embassy.") == {("USA", "IRN", "116")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia stepped up military cooperation with Venezuela.", ("RUS", "VEN", "062")),
    ("China increased its purchases of Venezuelan oil.", ("CHN", "VEN", "061")),
    ("Russia shared intelligence with Venezuela.", ("RUS", "VEN", "064")),
])
def test_cooperation_of_a_named_kind_is_still_coded(text: str, expected: tuple) -> None:
    assert expected in _codes(text)


@pytest.mark.parametrize(("text", "language"), [
    ("Lavrov exchanged views with Wang Yi.", "en"),
    ("Lavrov intercambió opiniones con Wang Yi.", "es"),
])
def test_exchanging_views_is_consultation_not_trade(text: str, language: str) -> None:
    assert ("RUS", "CHN", "040") in _codes(text, language)
