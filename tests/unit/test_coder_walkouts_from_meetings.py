"""Text coder, coder 0.3.30: leaving a meeting as a protest, taking the floor, words inside a name.

"The finance ministers of Britain and Canada left a G20 meeting when the Russian delegate began to speak": leaving
a meeting, hall or session is a protest by absence (143) aimed at the speaker, as "walked out" already was, and
no meeting among those who left. "Took the floor" is speaking, no seizure. A capitalised word inside an
institution's name after a linking word ("la Conferencia de Desarme", "the Department of Defense") is the name's,
no verb or event noun of the sentence.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_leaving_a_meeting_as_a_delegate_speaks_is_a_protest_at_them() -> None:
    events = triples("The finance ministers of Norway and Denmark left a G20 meeting when the Russian delegate "
                     "began to speak.", "en")
    assert {("NOR", "RUS", "143"), ("DNK", "RUS", "143")} <= events
    assert not any(code.startswith("04") for _, _, code in events)


def test_took_the_floor_is_no_seizure() -> None:
    events = triples("The Cuban diplomats left the room when the U.S. envoy took the floor.", "en")
    assert ("CUB", "USA", "143") in events
    assert not any(code.startswith("17") for _, _, code in events)


def test_a_word_inside_an_institutions_name_is_no_event() -> None:
    events = triples("Los diplomáticos de Francia y Alemania abandonaron la Conferencia de Desarme cuando el "
                     "canciller ruso comenzó su intervención.", "es")
    assert ("FRA", "RUS", "143") in events
    assert not any(code.startswith("19") for _, _, code in events)


def test_a_capitalised_verb_after_no_linking_word_is_still_read() -> None:
    assert ("RUS", "VEN", "072") in triples("Head of the Kremlin Sends Bombers to Venezuela", "en")
