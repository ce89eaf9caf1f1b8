"""Text coder, coder 0.3.44: the states listed before "followed suit" or "did the same" repeat the earlier act; they
are not its targets, nor of anything told before them ("announced a boycott of the Olympics over abuses, and
Sweden, Norway and Denmark followed suit"). The reason given for the first act is that doer's accusation alone.
Before, the first act's noun took the list as its targets and each repeater "boycotted" the first state named in
the list.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_list_that_follows_suit_repeats_the_boycott_and_is_not_its_target() -> None:
    events = triples("Canada announced a diplomatic boycott of the Doha Games over what it called abuses of migrant "
                     "workers, and Sweden, Norway and Denmark followed suit within days.", "en")
    for state in ("SWE", "NOR", "DNK"):
        assert not any(target == state for _, target, _ in events)
        assert (state, "QAT", "143") in events


def test_a_reason_told_before_the_list_does_not_attack_it() -> None:
    events = triples("Japan pulled out of the regional summit due in Minsk, citing repeated missile attacks, and "
                     "Australia, Canada and Norway followed suit within hours.", "en")
    assert not any(target in ("AUS", "CAN", "NOR") for _, target, _ in events)
    assert ("NOR", "BLR", "143") in events


def test_the_reason_of_a_repeated_act_accuses_only_its_first_doer() -> None:
    events = triples("Lithuania announced a diplomatic boycott of the Moscow summit over what it called repression "
                     "in Belarus, and Latvia, Estonia and Poland followed suit within days.", "en")
    accusers = {source for source, _, code in events if code.startswith("11")}
    assert accusers == {"LTU"}


def test_a_state_that_was_the_target_and_then_did_the_same_stays_the_target() -> None:
    """A guard that held before: the target named before the repetition is another mention of that state."""
    events = triples("Russia expelled two diplomats from Estonia, and Estonia did the same.", "en")
    assert ("RUS", "EST", "161") in events
