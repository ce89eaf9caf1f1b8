"""Text coder, coder 0.3.37: "y" followed by an actor and an object pronoun before a verb ("..., y Georgetown lo
calificó de amenaza") opens a new clause whose subject is that actor, so it is neither the object of the verb before
it nor judged by that verb's subject.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str) -> set[tuple]:
    return triples(text, "es", dt.date(2023, 11, 2))


def test_the_actor_before_the_clitic_is_the_judge() -> None:
    pairs = _pairs("Nicolás Maduro ordenó a PDVSA otorgar licencias petroleras en el Esequibo, y Georgetown lo "
                   "calificó de amenaza directa.")
    assert ("GUY", "VEN", "111") in pairs
    assert ("VEN", "GUY", "111") not in pairs
