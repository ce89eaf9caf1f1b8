"""Text coder, coder 0.3.40: troops sent to a border named after a longer place phrase are still mobilised against
the neighbour (154), not military aid to it (072); a purpose ("para unas maniobras conjuntas") ends the reach.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_border_after_a_longer_place_phrase() -> None:
    events = triples("Nicaragua desplegó tropas en la zona del río San Juan, en la frontera con Costa Rica.", "es")
    assert ("NIC", "CRI", "154") in events
    assert not any(code.startswith("07") for _, _, code in events)


def test_a_purpose_before_the_border_keeps_the_drills() -> None:
    events = triples("Rusia desplegó tropas en Bielorrusia para unas maniobras conjuntas cerca de la frontera con "
                     "Polonia.", "es")
    assert ("RUS", "BLR", "062") in events
