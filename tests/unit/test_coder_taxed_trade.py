"""Text coder, coder 0.3.45: the trade a tariff is laid on is no trade event.

"impuso aranceles del 25 % a las importaciones procedentes de México": the imports are what the tariff taxes, as "new
restrictions on travel and trade" are what is restricted; a rate between the tariff and its object ("del 25 %", "del
12,5 por ciento") keeps it so.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2024, 8, 2), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Chile impuso aranceles del 30 % a las importaciones procedentes de Bolivia.", "es"),
    ("Chile impuso aranceles del 12,5 por ciento a las importaciones procedentes de Bolivia.", "es"),
])
def test_taxed_trade_is_no_trade_event(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert any(c[:2] == ("CHL", "BOL") and c[2].startswith("16") for c in codes), codes
    assert not any(c[2].startswith("06") for c in codes), codes
