"""Text coder, coder 0.3.41: staying away "in protest at Washington's decision to exclude Cuba, Venezuela and
Nicaragua" protests against Washington (143), not against the three states the decision names.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_the_owner_of_the_decision_is_protested() -> None:
    events = triples("Bolivia's president stayed away from the summit in Brasilia in protest at Argentina's decision "
                     "to exclude Cuba and Nicaragua.", "en")
    assert ("BOL", "ARG", "143") in events
    assert not any(tgt in ("CUB", "NIC") and code == "143" for _, tgt, code in events)


def test_a_boycott_with_no_decision_named_keeps_its_host() -> None:
    """Guard (held before the change): the host of the event stays the target."""
    events = triples("Bolivia's president stayed away from the summit in Buenos Aires.", "en")
    assert ("BOL", "ARG", "143") in events
