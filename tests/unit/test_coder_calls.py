"""Text coder, coder 0.3.10: Spanish "llamar a" is a phone call unless it asks for something.

"llamó a X a negociar" asks X to act (an appeal); "llamó a X", "llamó por teléfono a X" and "llamó a X
para tratar Y" are calls both sides hold (041). An infinitive after "para", "sin", "tras" or "al" is a purpose
or a time, not the content of an appeal, and a name inside an actor ("Vladimir") is no infinitive.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, on=None, language="es") if not e.negated}


@pytest.mark.parametrize("text", [
    "El presidente de Francia llamó a su homólogo ruso, Vladimir Putin.",
    "El presidente de Francia llamó a su homólogo ruso, Vladimir Putin, para tratar la crisis.",
    "El presidente de Francia llamó por teléfono a Putin.",
])
def test_a_call_is_held_by_both_sides(text: str) -> None:
    assert _events(text) == {("FRA", "RUS", "041"), ("RUS", "FRA", "041")}


@pytest.mark.parametrize("text", [
    "Francia llamó a Rusia a negociar.",
    "Francia llamó a Rusia a retirar sus tropas.",
])
def test_a_call_to_act_is_an_appeal(text: str) -> None:
    events = _events(text)
    assert events and all(e[:2] == ("FRA", "RUS") and e[2].startswith("02") for e in events), events
