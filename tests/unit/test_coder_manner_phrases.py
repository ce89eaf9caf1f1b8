"""Text coder, coder 0.3.40: Spanish manner phrases ("de forma definitiva", "de manera unilateral") are no event words.

"retiró de forma definitiva a su embajadora" read "forma" as the verb "formar", which ended the recall's window
before the envoy, and "retiró de" as a withdrawal from a place (087); the recall is a reduction of relations (161).
"de manera que" (so that) is no manner phrase (a guard, which held before this version too).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_an_envoy_recalled_for_good_is_still_a_recall() -> None:
    events = triples("Chile retiró de forma definitiva a su embajador en La Paz.", "es")
    assert ("CHL", "BOL", "161") in events
    assert not any(code.startswith("08") for _, _, code in events)


def test_de_manera_que_is_no_manner_phrase() -> None:
    events = triples("Chile retiró a su embajador en La Paz, de manera que Bolivia respondió con una protesta.", "es")
    assert ("CHL", "BOL", "161") in events
