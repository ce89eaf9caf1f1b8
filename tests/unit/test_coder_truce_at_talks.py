"""Text coder, coder 0.3.43: a truce two states agree "at talks" or "en una reunión" frames a consultation between
them, as an agreement does; placed in a third state ("at talks in Malaysia", "en una reunión en Kuala Lumpur")
it is a meeting there (044). Talks "mediated by" a third state tell no meeting of the two.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_truce_agreed_at_talks_in_a_third_state_is_a_meeting_there() -> None:
    events = triples("Armenia and Azerbaijan agreed to an immediate ceasefire at talks in Qatar on Monday.", "en")
    assert ("ARM", "AZE", "0871") in events
    assert ("ARM", "AZE", "044") in events
    assert ("AZE", "ARM", "044") in events


def test_mediated_talks_tell_no_meeting_of_the_two() -> None:
    """A guard: talks mediated by a third state frame no meeting of the two sides."""
    events = triples("Armenia and Azerbaijan agreed to an immediate ceasefire following talks mediated by Qatar.", "en")
    assert not any(code.startswith("04") and {source, target} == {"ARM", "AZE"} for source, target, code in events)
