"""Text coder, coder 0.3.13: a second verb after "and" and an auxiliary, and plural nouns after a name.

"China has refused to condemn X and has stepped up its purchases": the clause of "stepped up" opens at "and"
although an auxiliary stands between them (cue kind ``joined_aux``), so it takes China as its subject and not
the last state before it. "Air strikes on Houthi targets": a plural word after "on", "against" or "at" and a
name is a noun, not the verb "target" (which had made the two allies attack each other).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2022, 6, 1), language=language) if not e.negated}


def test_a_verb_after_and_with_an_auxiliary_keeps_the_first_subject() -> None:
    events = _events("India has declined to condemn Russia's invasion of Ukraine and has increased its purchases "
                     "of Russian oil.", "en")
    assert ("UKR", "RUS", "06") not in events, events
    assert ("IND", "RUS", "06") in events, events


@pytest.mark.parametrize("text", [
    "The United States and Britain launched joint air strikes on Houthi targets in Yemen.",
    "France and Britain fired missiles at Libyan positions near Benghazi.",
])
def test_a_plural_noun_after_a_name_is_no_verb_between_allies(text: str) -> None:
    events = _events(text, "en")
    allies = {"USA", "GBR", "FRA"}
    # no force between the allies; "joint" strikes are their military cooperation (062, coder 0.3.18)
    assert not any(e[0] in allies and e[1] in allies and e[2] != "06" for e in events), events
