"""Text coder, coder 0.3.22: suspending or banning flights to a state restricts movement (191), like closing
its airspace or cutting air links ("announced a suspension of flights to" was read as reduced aid, 162).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("Peru suspended flights to Ecuador.", "en"),
    ("Peru announced a suspension of flights to Ecuador.", "en"),
    ("Perú suspendió los vuelos con Ecuador.", "es"),
    ("Perú anunció la suspensión de vuelos a Ecuador.", "es"),
])
def test_a_flight_suspension_restricts_movement(text: str, language: str) -> None:
    codes = {(e.source.country, e.target and e.target.country, e.cameo)
             for e in code_text(text, dt.date(2020, 1, 1), language=language)}
    assert ("PER", "ECU", "191") in codes and not any(c[2].startswith("16") for c in codes), codes


def test_suspended_oil_deliveries_stay_reduced_aid() -> None:
    codes = {e.cameo for e in code_text("Peru suspended oil deliveries to Ecuador.", dt.date(2020, 1, 1),
                                        language="en")}
    assert codes == {"1621"}, codes
