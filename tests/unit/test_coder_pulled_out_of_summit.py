"""Text coder, coder 0.3.41: pulling out of a summit hosted by another state is staying away in protest against
the host (143), like "stayed away from" and "skipped"; the states that "followed suit" protest against it too.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_pulling_out_of_a_summit_protests_against_its_host() -> None:
    events = triples("Nepal pulled out of the regional summit in Dhaka on Monday, and Bhutan quickly followed suit.",
                     "en")
    assert ("NPL", "BGD", "143") in events
    assert ("BTN", "BGD", "143") in events
