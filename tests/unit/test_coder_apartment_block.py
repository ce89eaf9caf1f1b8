"""Text coder, coder 0.3.33: "block" after a word for a building is the building, not a blockade.

"outside his Moscow apartment block", "hit a residential block": the noun is no act (170 was coded from it);
"Russia blocked the port" stays a blockade.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_apartment_block_is_no_blockade() -> None:
    events = triples("A bomb killed the general outside his Moscow apartment block, a Ukrainian SBU source said.", "en")
    assert not any(code.startswith("17") for _, _, code in events)


def test_residential_block_hit_is_an_attack_only() -> None:
    events = triples("A Russian missile hit a residential block in Kyiv, Ukraine said.", "en")
    assert ("RUS", "UKR", "190") in events
    assert not any(code.startswith("17") for _, _, code in events)


def test_block_as_a_verb_still_codes() -> None:
    events = triples("Russia blocked Ukraine's grain exports from Odesa on Monday.", "en")
    assert any(source == "RUS" and target == "UKR" for source, target, _ in events)
