"""Text coder, coder 0.3.42: states that join a boycott, sanctions or an embargo join that act; they do not meet
each other (the dictionaries' 040 for "join", which coded a meeting both ways between every pair of joiners).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_joining_a_boycott_is_the_boycott_only() -> None:
    events = triples("Norway, Denmark and Sweden joined the diplomatic boycott of the Moscow Games on Friday.", "en")
    assert ("NOR", "RUS", "143") in events
    assert ("SWE", "RUS", "143") in events
    assert not any(code.startswith("04") for _, _, code in events)


def test_joining_talks_is_still_a_meeting() -> None:
    """Guard: talks are a meeting."""
    events = triples("Norway and Denmark joined the talks on Iceland's fisheries.", "en")
    assert any(code.startswith("04") for _, _, code in events)
