"""Text coder, coder 0.3.32: the same doers going on with "then" or "and" keep the earlier target.

- "fired on three Ukrainian navy vessels, then seized the ships": a seizure of a definite object ("the ships")
  right after, by the same doer, is of the state hit before (171); "then" joins like "and".
- "expelled 10 Russian diplomats and imposed sanctions on dozens of companies and people": sanctions on people
  of no stated country, by the same doer right after, are on the earlier target's state (163).
A seizure of an indefinite object ("seized a ship in the Black Sea") borrows no target.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_then_seized_the_ships() -> None:
    events = triples("Iranian gunboats fired on two British tankers in the Gulf, then seized the ships.", "en")
    assert ("IRN", "GBR", "171") in events


def test_sanctions_on_people_after_an_expulsion() -> None:
    events = triples("Britain expelled 23 Russian diplomats and imposed sanctions on dozens of companies and people.",
                     "en")
    assert ("GBR", "RUS", "163") in events


def test_indefinite_object_borrows_nothing() -> None:
    events = triples("Russia invaded Ukraine and seized a ship in the Black Sea.", "en")
    assert ("RUS", "UKR", "171") not in events
