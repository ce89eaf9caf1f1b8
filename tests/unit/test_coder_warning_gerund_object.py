"""Text coder, coder 0.3.37: a warning told as a gerund after a report ("..., Marco Rubio said, warning Iran not to
retaliate", "spoke on Sunday, warning Iran against retaliation") warns the state named right after it, not only a
party of the act before; ", warning that ..." with no state after it still warns the earlier act's target.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str) -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, "en", dt.date(2025, 6, 22))}


def test_the_state_after_the_gerund_is_warned() -> None:
    pairs = _pairs("The United States took no part in the strikes, Marco Rubio said, warning Iran not to target "
                   "American interests.")
    assert ("USA", "IRN", "13") in pairs


def test_a_warning_after_a_verb_of_speaking() -> None:
    assert ("USA", "IRN", "13") in _pairs("Marco Rubio spoke on Sunday, warning Iran against retaliation.")


def test_warning_that_still_warns_the_earlier_target() -> None:
    pairs = _pairs("Pakistan suspended all trade with India, warning that any attempt to stop the water would be an "
                   "act of war.")
    assert ("PAK", "IND", "13") in pairs
