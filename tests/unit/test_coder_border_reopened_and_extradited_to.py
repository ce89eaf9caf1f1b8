"""Text coder, coder 0.3.32: two states reopening their border; the state a person is extradited to.

- "Colombia y Venezuela reabrieron la frontera", "A and B reopened their border": each eases toward the other
  (081 both ways), as "reinforced troops along their border" already mobilised against each other.
- "Cabo Verde extraditó a Estados Unidos al empresario colombiano Alex Saab": a state right after the first "a"
  is the destination; the person's nationality (a group of people) is no target.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_spanish_two_states_reopen_the_border() -> None:
    events = triples("Ecuador y Perú reabrieron la frontera al paso de mercancías.", "es")
    assert {("ECU", "PER", "081"), ("PER", "ECU", "081")} <= events


def test_two_states_reopen_their_border() -> None:
    events = triples("Ecuador and Peru reopened their border to cargo traffic.", "en")
    assert {("ECU", "PER", "081"), ("PER", "ECU", "081")} <= events


def test_extradited_to_a_state_named_first() -> None:
    events = triples("Panamá extraditó a Estados Unidos al empresario colombiano David Murcia.", "es")
    assert ("PAN", "USA", "063") in events
    assert ("PAN", "COL", "063") not in events


def test_extradited_person_then_state() -> None:
    assert ("PAN", "USA", "063") in triples("Panamá extraditó a Ricardo Martinelli a Estados Unidos.", "es")
