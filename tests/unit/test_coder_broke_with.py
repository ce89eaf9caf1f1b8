"""Text coder, coder 0.3.30: "rompió con Taiwán", "broke with Taiwan".

Breaking "with" a state is breaking off relations with it (161), not force (the dictionary's reading of "break"
in English); "broke with tradition" names no state and codes nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_spanish_broke_with_a_state() -> None:
    assert ("SLV", "TWN", "161") in triples("El Salvador rompió con Taiwán en 2018.", "es")


def test_english_broke_with_a_state_is_no_force() -> None:
    events = triples("Panama broke with Taiwan and recognised Beijing.", "en")
    assert ("PAN", "TWN", "161") in events
    assert not any(code.startswith("19") for _, _, code in events)
