"""Text coder, coder 0.3.35: people who "settled in" a country came to live there; nothing was yielded (the
field's dictionary reads "settle" as a concession, 080, so "many of those fleeing Venezuela settled in Colombia and
Peru" coded Venezuela yielding to both).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize("text", [
    "Many of those fleeing Venezuela settled in Colombia and Peru.",
    "Syria and Iraq lost millions to emigration, with many of those leaving settling in Germany and Sweden.",
])
def test_settling_in_a_place_is_no_concession(text: str) -> None:
    assert [e for e in code_text(text, dt.date(2023, 5, 1), "en") if e.cameo.startswith("08")] == []
