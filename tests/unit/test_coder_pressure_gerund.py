"""Text coder, coder 0.3.40: ", stepping up pressure on X" after an act tells what that act does, no coercion of its
own; "stepped up pressure on X" as the sentence's verb is still coercion (170; a guard, which held before too).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_pressure_told_as_a_gerund_is_no_second_act() -> None:
    events = triples("Russia sent two frigates to waters off Estonia, ratcheting up pressure on Tallinn.", "en")
    assert not any(code == "170" for _, _, code in events)


def test_pressure_as_the_main_verb_is_coercion() -> None:
    assert ("RUS", "EST", "170") in triples("Russia stepped up pressure on Estonia.", "en")
