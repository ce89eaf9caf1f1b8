"""Text coder, coder 0.3.42: forces sent, moved or ordered to a shared border ("a su frontera común", "their
disputed frontier") are mobilised by each side against the other (154), as forces sent to a border named by a
state ("the border with Guyana") already were.

Troops sent to a state, with no border, stay military aid.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Suriname ordered troops to the border with Guyana after the clash on the river.", "en"),
    ("Surinam desplegó tropas en la frontera con Guyana tras el incidente en el río.", "es"),
])
def test_forces_to_a_named_border(text: str, language: str) -> None:
    """Guard: earlier rows code these already; the new row must keep them."""
    assert ("SUR", "GUY", "154") in triples(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Ecuador and Peru have each moved thousands of extra troops to their disputed jungle frontier.", "en"),
    ("Ecuador y Perú enviaron refuerzos militares a su frontera común tras un breve tiroteo.", "es"),
])
def test_forces_to_a_shared_border_go_both_ways(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("ECU", "PER", "154") in events
    assert ("PER", "ECU", "154") in events


def test_troops_sent_to_a_state_are_still_aid() -> None:
    """Guard: no border."""
    events = triples("Russia sent troops to Belarus for the exercises.", "en")
    assert ("RUS", "BLR", "072") in events
    assert ("RUS", "BLR", "154") not in events
