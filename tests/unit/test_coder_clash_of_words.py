"""Text coder, coder 0.3.37: leaders who "clashed in a heated meeting" or "during a meeting" quarrelled (110 both
ways), they did not fight; troops that clash stay in armed combat (190), and so do states whose clash came "after a
meeting".

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _codes(text: str) -> set[tuple]:
    return triples(text, "en", dt.date(2025, 3, 1))


def test_leaders_clashing_in_a_meeting_quarrel() -> None:
    codes = _codes("Donald Trump and Volodymyr Zelensky clashed in a heated Oval Office meeting on Friday.")
    assert {("USA", "UKR", "110"), ("UKR", "USA", "110")} <= codes
    assert not any(code.startswith("19") for _, _, code in codes)


def test_troops_clashing_fight() -> None:
    codes = _codes("Armenian and Azerbaijani troops clashed hours after a meeting of their foreign ministers.")
    assert ("AZE", "ARM", "190") in codes


def test_states_clashing_after_a_meeting_fight() -> None:
    assert ("AZE", "ARM", "190") in _codes("Armenia and Azerbaijan clashed after a meeting in Moscow.")
