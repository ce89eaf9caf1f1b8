"""Text coder, coder 0.3.40: two states that "each" did a thing with no one else named did it to each other.

"India and Canada each expelled six diplomats", "expulsaron cada uno a seis diplomáticos", "expelled diplomats
from each other's capitals": each expelled the other's (161 both ways), where no target had been found.
The module `mutual.py` now holds who a joint subject acts on.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Chile and Peru each expelled four diplomats on Tuesday.", "en"),
    ("Chile and Peru expelled diplomats from each other's capitals.", "en"),
    ("Chile y Perú expulsaron cada uno a cuatro diplomáticos.", "es"),
])
def test_each_expelled_the_others_diplomats(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("CHL", "PER", "161") in events
    assert ("PER", "CHL", "161") in events
