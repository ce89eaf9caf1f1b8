"""Text coder, coder 0.3.43: two states whose leaders the sentence names, that pledge something to each other in a
third state ("se comprometieron en San Vicente y las Granadinas"), met there (044 both ways). Ministers who agree
abroad, and states named with no leader, are not said to have met.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_leaders_pledging_in_a_third_state_met_there() -> None:
    events = triples("Los presidentes de Ecuador y Perú, Daniel Noboa y Dina Boluarte, se comprometieron en Chile a "
                     "reabrir la frontera.", "es")
    assert ("ECU", "PER", "044") in events
    assert ("PER", "ECU", "044") in events


def test_states_with_no_leader_named_are_not_said_to_meet() -> None:
    """A guard: the states alone pledging abroad get no meeting."""
    events = triples("Ecuador y Perú se comprometieron en Chile a reabrir la frontera.", "es")
    assert not any(code.startswith("04") for _, _, code in events)
