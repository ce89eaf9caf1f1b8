"""Spanish "llamó a X a la calma / al diálogo" is an appeal (02), not a telephone call: the noun after the
addressee says what is asked; "llamó a Maduro para felicitarlo" stays a call.

Sentences written for these tests (not taken from any evaluation set). Guard: without the trigger row the first
case codes a call (041) both ways.
"""
from __future__ import annotations

from tests.coded import triples


def test_called_to_calm_is_an_appeal() -> None:
    found = triples("Colombia llamó a Venezuela y Guyana a la calma tras los incidentes en la frontera.", "es")
    assert {("COL", "VEN", "020"), ("COL", "GUY", "020")} <= found
    assert not any(t[2] == "041" for t in found)


def test_called_to_congratulate_is_a_call() -> None:
    assert ("BRA", "VEN", "041") in triples("Lula llamó a Maduro para felicitarlo por su cumpleaños.", "es")
