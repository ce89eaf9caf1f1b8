"""Text coder, coder 0.3.33: joining a state's act named right after it is taking part in that act.

"Britain, Australia and Canada joined the U.S. diplomatic boycott of the Beijing Winter Olympics": each joiner
boycotts China (143), as "joined the United States in a diplomatic boycott" already did; "Japan joined
Washington's sanctions on Russia" is Japan's sanction too. No meeting with the joined state is coded. An act told
after a comma ("joined the United States, which later sanctioned X") stays the joined state's own (a guard: it
holds either way).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_joined_the_us_diplomatic_boycott() -> None:
    events = triples("Britain, Australia and Canada joined the U.S. diplomatic boycott of the Beijing Winter Olympics.",
                     "en")
    assert {("GBR", "CHN", "143"), ("AUS", "CHN", "143"), ("CAN", "CHN", "143"), ("USA", "CHN", "143")} <= events
    assert not any(code.startswith("04") for _, _, code in events)


def test_joined_a_states_sanctions() -> None:
    events = triples("Japan joined Washington's sanctions on Russia.", "en")
    assert ("JPN", "RUS", "163") in events


def test_an_act_after_a_comma_stays_the_joined_states() -> None:
    events = triples("Colombia joined the United States, which later sanctioned Venezuela.", "en")
    assert ("COL", "VEN", "163") not in events
    assert ("USA", "VEN", "163") in events
