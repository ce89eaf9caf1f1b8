"""Text coder, coder 0.3.44: after "after"/"before", an actor joined by "and" to a plain plural noun right before the
verb is still that verb's subject ("after Russian missiles and drones struck power plants across Ukraine"). Before,
the noun hid the actor and the sentence's own subject was taken, which left the strike aimed at itself.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_weapons_joined_by_and_after_a_conjunction_are_the_subject() -> None:
    events = triples("Moldova asked the European Union for air defences after Russian missiles and drones struck "
                     "power lines across Ukraine.", "en")
    assert ("RUS", "UKR", "190") in events


def test_an_actor_right_before_the_verb_after_a_conjunction_was_already_the_subject() -> None:
    """A guard that held before."""
    events = triples("Moldova asked the European Union for air defences after Russian missiles struck power lines "
                     "across Ukraine.", "en")
    assert ("RUS", "UKR", "190") in events
