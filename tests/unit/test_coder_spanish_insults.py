"""Text coder, coder 0.3.32: "llamó dictador a Maduro" is criticism.

Spanish "llamar"/"tildar" followed by an insult ("dictador", "asesino terrorista", "golpista") and "a X" names
X with it: criticism (111), no phone call and no killing ("asesino" is read as the epithet it is here). "Llamó a
Maduro para felicitarlo" has no insult and stays no criticism.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_called_a_dictator() -> None:
    assert ("PER", "VEN", "111") in triples("El gobierno peruano llamó dictador a Nicolás Maduro.", "es")


def test_called_a_terrorist_murderer_is_no_killing() -> None:
    events = triples("El canciller de Perú llamó asesino terrorista al presidente de Bolivia.", "es")
    assert ("PER", "BOL", "111") in events
    assert not any(code.startswith("18") for _, _, code in events)


def test_a_call_with_no_insult_is_no_criticism() -> None:
    events = triples("El presidente de Perú llamó a su homólogo de Bolivia para felicitarlo.", "es")
    assert not any(code == "111" for _, _, code in events)
