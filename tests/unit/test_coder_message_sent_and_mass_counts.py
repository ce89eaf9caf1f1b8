"""Text coder, coder 0.3.33: forces sent "in what X called a clear message to Iran"; a million expelled; pressing
ahead with a noun's act.

"sending the aircraft carrier ... to the Middle East in what John Bolton called a clear message to Iran": a show of
force toward Iran (150), and "called a message" names the act, no phone call (041 was coded). "expelled more than
half a million Afghans" is a mass expulsion (201) as "thousands" already was. "pressed ahead with the mass
deportation of Ethiopian migrants": the noun's act (201), no request (1032 was coded). A phone call stays a
call (a guard).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_forces_sent_in_what_was_called_a_message() -> None:
    events = triples("The Pentagon is sending an aircraft carrier and a bomber task force to the Middle East in what "
                     "National Security Adviser John Bolton called a clear message to Iran.", "en")
    assert ("USA", "IRN", "150") in events
    assert not any(code.startswith("04") for _, _, code in events)


def test_half_a_million_expelled_is_a_mass_expulsion() -> None:
    assert ("IRN", "AFG", "201") in triples("Iran has expelled more than half a million Afghans since June.", "en")


def test_pressed_ahead_with_a_mass_deportation() -> None:
    events = triples("Saudi Arabia pressed ahead with the mass deportation of tens of thousands of Ethiopian migrants.",
                     "en")
    assert ("SAU", "ETH", "201") in events
    assert not any(code.startswith("10") for _, _, code in events)


def test_a_phone_call_is_still_a_call() -> None:
    assert ("USA", "CHN", "041") in triples("Biden called Xi to discuss Taiwan.", "en")
