"""Text coder, coder 0.3.37: a noun the speaker uses to name something ("in response to what he called threats from
the United States", "lo que calificó de amenazas de Estados Unidos") is the speaker's label, not an act of the one
named: no threat by the United States is coded (the naming itself may still judge it).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("Maduro deployed militia units in response to what he called threats from the United States.", "en"),
    ("Nicolás Maduro ordenó desplegar milicianos en respuesta a lo que calificó de amenazas de Estados Unidos.",
     "es"),
])
def test_a_label_is_no_threat(text: str, language: str) -> None:
    events = code_text(text, dt.date(2025, 8, 20), language)
    assert not any(e.source.country == "USA" and e.cameo.startswith("13") for e in events)
