"""Text coder, coder 0.3.40: "a diplomatic boycott" is staying away in protest (143), not an embargo (163).

The dictionary reads a bare "boycott" as an embargo on goods; after "diplomatic" it is the boycott of an event
("announcing a diplomatic boycott over China's human rights record").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_diplomatic_boycott_is_a_protest() -> None:
    events = triples("No Canadian officials will attend the Moscow parade, Ottawa said, announcing a diplomatic "
                     "boycott over Russia's war.", "en")
    assert ("CAN", "RUS", "143") in events
    assert not any(code == "163" for _, _, code in events)
