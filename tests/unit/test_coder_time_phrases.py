"""Text coder, coder 0.3.45: a time phrase or a place between a verb and what it governs.

"agreed on Friday to restore relations" already kept the verb's pattern; a month with or without its year ("in March
2023"), a bare year ("in 2023"), "last week" and "in" with one word right before "to" ("agreed in Geneva to", "in
principle to") now stand between in the same way, so the agreement is coded with the pattern of what was agreed (032,
to restore relations), not as the bare verb's default.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str = "en") -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2024, 5, 2), language=language) if not e.negated}


@pytest.mark.parametrize("when", ["on Friday", "in March", "in March 2023", "in 2023", "last week", "on May 14",
                                  "in Geneva", "in principle"])
def test_a_time_phrase_keeps_the_pattern_of_what_was_agreed(when: str) -> None:
    codes = _codes(f"Bolivia and Chile agreed {when} to restore diplomatic relations.")
    assert ("BOL", "CHL", "032") in codes and ("CHL", "BOL", "032") in codes, codes


def test_a_longer_phrase_still_parts_the_verb_from_its_pattern() -> None:
    # two words after "in" are more than a place: the verb keeps no pattern it cannot reach
    codes = _codes("Bolivia and Chile agreed in principle with reluctance to restore diplomatic relations.")
    assert ("BOL", "CHL", "032") not in codes, codes
