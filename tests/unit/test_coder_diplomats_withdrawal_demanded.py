"""Text coder, coder 0.3.34: demanding the (immediate) withdrawal of another state's diplomatic staff expels them.

"exigió el retiro inmediato del personal diplomático de Argentina, Chile y Perú", "ordenó la retirada del
personal diplomático de X": an expulsion of diplomats (161) for each state listed, not a demand (10x) of them, as
"exigió la salida de los diplomáticos" already read.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2024, 7, 29), "es")}


@pytest.mark.parametrize("text", [
    "Venezuela exigió el retiro inmediato del personal diplomático de Argentina, Chile y Perú.",
    "Venezuela ordenó la retirada del personal diplomático de Argentina, Chile y Perú.",
])
def test_each_listed_state_has_its_diplomats_expelled(text: str) -> None:
    assert _events(text) == {("VEN", "ARG", "161"), ("VEN", "CHL", "161"), ("VEN", "PER", "161")}
