"""Text coder, coder 0.3.41: closing another state's embassy or consulate reduces relations (161), also as a noun
("el cierre del consulado ruso") and when ordered or decided ("ordered China to shut its consulate", "ordenó
cerrar el consulado ruso"). The plural ("cerró dos consulados") held before through the dictionary; it stays as a
guard.

The dictionaries read "order ... shut" as a demand (102) and "ordenar ... cerrar" as a restriction (172); the noun
had no row, so "anunció el cierre del consulado ruso" coded nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("El primer ministro Donald Tusk anunció el cierre del consulado ruso en Poznan.", "es"),
    ("Poland announced the closure of the Russian consulate in Poznan on Monday.", "en"),
    ("Polonia cerró dos consulados rusos tras el incendio de un centro comercial.", "es"),
    ("Poland ordered Russia to shut its consulate in Poznan within three days.", "en"),
    ("El Gobierno polaco ordenó cerrar el consulado ruso en Poznan.", "es"),
    ("Polonia decidió cerrar el consulado ruso en Poznan.", "es"),
])
def test_closing_another_states_mission_is_161(text: str, language: str) -> None:
    events = triples(text, language)
    assert ("POL", "RUS", "161") in events
    assert not any(code in ("102", "172", "031") for _, _, code in events)
