"""Text coder, coder 0.3.41: a missile "fired over" a state crosses its territory: a show of force (150), not an
attack on it (190).

"over the weekend" and other time phrases are no overflight.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_missile_fired_over_a_state_is_a_show_of_force() -> None:
    events = triples("North Korea fired an intermediate-range missile over Japan on Friday, the first such launch "
                     "in years.", "en")
    assert ("PRK", "JPN", "150") in events
    assert ("PRK", "JPN", "190") not in events


def test_missiles_fired_over_the_weekend_stay_an_attack() -> None:
    """Guard: a time phrase after "over"."""
    events = triples("Russia fired dozens of missiles over the weekend at Ukrainian cities.", "en")
    assert not any(code == "150" for _, _, code in events)
    assert any(src == "RUS" and tgt == "UKR" and code.startswith("19") for src, tgt, code in events)
