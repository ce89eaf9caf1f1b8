"""Text coder, coder 0.3.37: an adjective of holding between a place and its lead ("the mayor of occupied Melitopol",
"shelled occupied Kherson", "alcalde de la ocupada Melitópol") leaves the place where the act struck: its state is
the target.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str = "en") -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2022, 3, 11))}


def test_the_mayor_of_occupied_melitopol() -> None:
    pairs = _pairs("Russian soldiers abducted Ivan Fedorov, the mayor of occupied Melitopol, on Friday.")
    assert ("RUS", "UKR", "18") in pairs


def test_shelled_occupied_kherson() -> None:
    assert ("RUS", "UKR", "19") in _pairs("Russian troops shelled occupied Kherson.")


def test_spanish_la_ocupada_melitopol() -> None:
    pairs = _pairs("Soldados rusos secuestraron a Iván Fédorov, alcalde de la ocupada Melitópol.", "es")
    assert ("RUS", "UKR", "18") in pairs
