"""Text coder, coder 0.3.24: a walkout from a meeting named by a group's code ("a G20 meeting").

"walked out of a G20 meeting when Russia's delegate began to speak": "meeting" after "G20" is a noun (a code
name such as G20, G7 or P5 qualifies the next word as a number does), so the walkout absorbs it; a protest that
absorbs a meeting is no mutual act (the two who walked out did not protest to each other), and the speaker of
the time clause after it is whom it is aimed at.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, language="en") if not e.negated}


def test_a_walkout_from_a_g20_meeting_protests_the_speaker() -> None:
    text = ("U.S. Treasury Secretary Janet Yellen and Canada's Chrystia Freeland walked out of a G20 meeting when "
            "Russia's delegate began to speak.")
    assert _events(text) == {("USA", "RUS", "14"), ("CAN", "RUS", "14")}


def test_a_g20_meeting_is_a_meeting() -> None:
    assert ("USA", "CHN", "04") in _events("Biden and Xi held talks at a G20 meeting in Bali.") | \
        _events("Biden met Xi at a G20 meeting in Bali.")
