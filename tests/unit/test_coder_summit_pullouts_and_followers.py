"""Text coder, coder 0.3.30: pulling out of a summit, and states that followed.

"India pulled out of a summit scheduled for Islamabad" is a protest by absence (143) aimed at the host, as the
Spanish "se retiró de la cumbre" already was, not a withdrawal of forces (087). "..., and Bangladesh, Bhutan and
Afghanistan quickly followed." at the end of a sentence repeats that act for each state listed before it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_pulling_out_of_a_summit_is_a_boycott_of_its_host() -> None:
    events = triples("Brazil pulled out of a regional summit scheduled for Caracas in May.", "en")
    assert ("BRA", "VEN", "143") in events
    assert not any(code == "087" for _, _, code in events)


def test_each_state_listed_before_followed_repeats_the_act() -> None:
    events = triples("Chile pulled out of a regional summit scheduled for Caracas, and Peru, Ecuador and Bolivia "
                     "quickly followed.", "en")
    assert {("PER", "VEN", "143"), ("ECU", "VEN", "143"), ("BOL", "VEN", "143")} <= events


def test_followed_inside_a_clause_repeats_nothing() -> None:
    events = triples("Russia expelled two Estonian diplomats, and in the days that followed Latvia protested.", "en")
    assert ("LVA", "EST", "161") not in events
