"""Text coder, coder 0.3.37: a demand told as a gerund right after a sent document ("sent Germany a diplomatic note
demanding reparations", "handed Washington draft treaties demanding guarantees", "envió a Alemania una nota
exigiendo") is the sender's demand of the one it was sent to, not the recipient's. A gerund after sent troops is no
document's.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str = "en") -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2022, 10, 3))}


def test_a_note_demanding_is_the_senders_demand() -> None:
    pairs = _pairs("Poland sent Germany a diplomatic note demanding reparations for the war.")
    assert ("POL", "DEU", "10") in pairs
    assert not any(s == "DEU" for s, _, _ in pairs)


def test_draft_treaties_demanding_guarantees() -> None:
    pairs = _pairs("Moscow handed Washington draft treaties demanding guarantees that NATO would not expand.")
    assert ("RUS", "USA", "10") in pairs


def test_spanish_note_demanding() -> None:
    pairs = _pairs("Polonia envió a Alemania una nota diplomática exigiendo reparaciones por la guerra.", "es")
    assert ("POL", "DEU", "10") in pairs


def test_troops_sent_are_no_document() -> None:
    pairs = _pairs("Poland sent troops to Germany, demanding reparations.")
    assert ("POL", "DEU", "07") in pairs
