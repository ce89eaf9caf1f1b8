"""Text coder, coder 0.3.30: weapons used against a state, and places struck a few words further on.

"Russia used drones against Odesa": using drones, missiles or artillery against someone is conventional force
(190) against them, not the dictionary's weapon use on a population (175). "Russia fired missiles at the port of
Odesa": a known place up to seven words after the verb of violence (was five) names the state struck.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_drones_used_against_a_state_are_force_against_it() -> None:
    events = triples("Azerbaijan used drones against Armenia on Tuesday.", "en")
    assert ("AZE", "ARM", "190") in events
    assert not any(code == "175" for _, _, code in events)


def test_drones_used_for_something_else_are_no_force() -> None:
    events = triples("Estonia used drones to monitor its border with Russia.", "en")
    assert not any(code.startswith("19") for _, _, code in events)


def test_a_place_struck_after_the_port_of() -> None:
    events = triples("Russia fired missiles at the port of Odesa overnight.", "en")
    assert ("RUS", "UKR", "195") in events
