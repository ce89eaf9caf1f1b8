"""Text coder, coder 0.3.32: leaving a place or a state of affairs is no meeting.

The dictionary files "leave" among verbs of going with a meeting code (040), so "left Beijing", "leaving Taipei
with only 13 allies" and "leaving rows of empty seats" coded consultations. Leaving is no act of its own now;
leaving a meeting or a hall in protest (143) and diplomats told to leave (161) keep their codes.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_leaving_a_capital_is_no_meeting() -> None:
    assert not any(code.startswith("04") for _, _, code in triples("Lula left Beijing on Friday.", "en"))


def test_leaving_a_state_with_fewer_allies_is_no_meeting() -> None:
    events = triples("Nauru severed its ties with Taiwan, leaving Taipei with only 12 formal allies.", "en")
    assert ("NRU", "TWN", "161") in events or any(code.startswith("16") for _, _, code in events)
    assert not any(code.startswith("04") for _, _, code in events)


def test_leaving_a_hall_in_protest_stays() -> None:
    events = triples("The Polish delegation left the hall as the Belarusian envoy began to speak.", "en")
    assert ("POL", "BLR", "143") in events
