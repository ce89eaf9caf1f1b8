"""Text coder, coder 0.3.32: "diplomats from Iran", "a delegation from Venezuela" are the state's own people.

A government noun (officials, diplomats, envoys, a delegation) before "from" and a state makes that state's
government the actor, as "of" already did; troops or ships "from" a place are left alone ("withdrew its last
troops from Lebanon" names where they left).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_diplomats_from_a_state_walk_out() -> None:
    events = triples("Diplomats from Syria walked out of the hall as the Israeli envoy began to speak.", "en")
    assert ("SYR", "ISR", "143") in events


def test_delegation_from_a_state_visits() -> None:
    assert ("VEN", "RUS", "042") in triples("A delegation from Venezuela visited Moscow.", "en")


def test_troops_from_a_place_stay_a_place() -> None:
    events = triples("Syria withdrew its last troops from Lebanon on Tuesday.", "en")
    assert ("SYR", "LBN", "087") in events
