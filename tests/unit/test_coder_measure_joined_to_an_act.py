"""Text coder, coder 0.3.42: a measure named by the noun an ordering verb carries, joined by "and"/"y" to an act on
a state, is aimed at that state too ("pulled out of the accord with Iran and ordered the reimposition of
sanctions"). It had no target, so it coded nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Canada pulled out of its trade pact with Peru on Monday and ordered the reimposition of sanctions.", "en"),
    ("Canadá se retiró del pacto comercial con Perú y ordenó el restablecimiento de las sanciones.", "es"),
])
def test_the_ordered_measure_keeps_the_earlier_target(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("CAN", "PER", "160") in events
    assert ("CAN", "PER", "163") in events
