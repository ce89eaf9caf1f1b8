"""Text coder, coder 0.3.32: money deposited with a state's bank; goods received "de Rusia" before a count.

- "Saudi Arabia deposited $3 billion with Pakistan's central bank", "depositó ... en el banco central de
  Pakistán": money given to prop up a state's reserves (071). "Deposits of up to 212 percent" are duties, no gift.
- "Nicaragua recibió de Rusia medio centenar de tanques": the giver after "de" right after the verb, even when
  the dictionary's pattern for the verb reaches past it ("medio").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_deposit_with_a_central_bank() -> None:
    assert ("ARE", "EGY", "071") in triples("The UAE deposited $5 billion with Egypt's central bank.", "en")


def test_spanish_deposit() -> None:
    events = triples("Emiratos Árabes Unidos depositó 5.000 millones de dólares en el banco central de Egipto.", "es")
    assert ("ARE", "EGY", "071") in events


def test_duty_deposits_are_no_gift() -> None:
    events = triples("China imposed anti-dumping deposits of up to 200 percent on Australian wine.", "en")
    assert not any(code.startswith("07") for _, _, code in events)


def test_received_from_before_a_count() -> None:
    events = triples("Venezuela recibió de Rusia medio centenar de tanques modernizados.", "es")
    assert ("RUS", "VEN", "072") in events
