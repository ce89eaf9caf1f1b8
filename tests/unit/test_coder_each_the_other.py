"""Text coder, coder 0.3.32: "each ... the other".

"India and Pakistan agreed to a truce, though each accused the other of breaching it", "cada parte acusó a la
otra": "each" (as "both" already did) takes the pair named before it as the subject, and "the other" after the
verb makes the act go both ways, as "each other" and "mutuamente" already did. "Each" with no pair before it
names no one.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_each_accused_the_other() -> None:
    events = triples("Ethiopia and Eritrea signed a truce, though each accused the other of violating it.", "en")
    assert {("ETH", "ERI", "112"), ("ERI", "ETH", "112")} <= events


def test_each_side_blamed_the_other() -> None:
    events = triples("Thai and Cambodian troops exchanged fire on Friday, and each side blamed the other.", "en")
    assert {("THA", "KHM", "112"), ("KHM", "THA", "112")} <= events


def test_spanish_cada_parte_a_la_otra() -> None:
    events = triples("Armenia y Azerbaiyán firmaron una tregua, pero cada parte acusó a la otra de violarla.", "es")
    assert {("ARM", "AZE", "112"), ("AZE", "ARM", "112")} <= events


def test_each_with_no_pair_names_no_accuser() -> None:
    events = triples("Each accused the other of lying, Colombia said.", "en")
    assert not any(code == "112" for _, _, code in events)
