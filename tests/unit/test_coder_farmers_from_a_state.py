"""Text coder, coder 0.3.43: farmers named by where they come from ("coffee growers from Venezuela and Colombia",
"farmers from Peru and Bolivia") are those countries' farmers (sector AGR), each of them, not their states.
Before, a meeting of farmers coded a consultation between the two governments.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize("text", [
    "Coffee growers from Ecuador and Peru met in the border town of Macará to discuss falling prices.",
    "Farmers from Ecuador and Peru met in Macará on Friday.",
])
def test_farmers_from_two_states_are_no_meeting_of_governments(text: str) -> None:
    events = code_text(text, None, "en")
    assert events, "the meeting itself is still coded"
    assert {(e.source.code, e.target.code) for e in events} == {("ECUAGR", "PERAGR"), ("PERAGR", "ECUAGR")}


def test_diplomats_from_two_states_still_meet_for_them() -> None:
    """A guard that held before: diplomats from a state are its government."""
    events = code_text("Diplomats from Ecuador and Peru met in Macará on Friday.", None, "en")
    assert {(e.source.code, e.target.code) for e in events} == {("ECUGOV", "PERGOV"), ("PERGOV", "ECUGOV")}
