"""Text coder, coder 0.3.42: the state after "from" names where aid or supplies come from, never whom they go to
("as supplies from Ukraine fell": no one sent Ukraine anything), as for movements ("arrived from China").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_supplies_from_a_state_are_not_aimed_at_it() -> None:
    events = triples("Morocco bought record amounts of French wheat this year as supplies from Ukraine fell.", "en")
    assert not any(tgt == "UKR" for _, tgt, _ in events)


def test_aid_received_from_a_state_is_still_its_aid() -> None:
    """Guard: the giver after "from" is the source of a receiving verb."""
    assert ("CHN", "VEN", "070") in triples("Venezuela received aid from China.", "en")
