"""Text coder, coder 0.3.38: trade, exports or imports as what a cut stops ("froze all new trade and investment
with", "halted all exports and imports with", "congeló todo nuevo comercio e inversión con") make the cut an embargo
(163), not a cut of economic aid (1621), whatever the verb (the trigger rows already read "suspended all trade
with"); trade that grows or is agreed stays economic cooperation, and a cut of named energy goods stays a cut of
economic aid."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples

DAY = dt.date(2024, 5, 2)


@pytest.mark.parametrize(("text", "language", "triple"), [
    ("Ankara halted all exports and imports with Israel on Thursday, the trade ministry said.", "en",
     ("TUR", "ISR", "163")),
    ("Riyadh froze all new trade and investment with Ottawa on Monday.", "en", ("SAU", "CAN", "163")),
    ("Arabia Saudí congeló todo nuevo comercio e inversión con Canadá.", "es", ("SAU", "CAN", "163")),
])
def test_a_trade_cut_is_an_embargo(text: str, language: str, triple: tuple) -> None:
    found = triples(text, language, DAY)
    assert triple in found and (*triple[:2], "1621") not in found


def test_trade_agreed_stays_economic_cooperation() -> None:
    found = triples("China and Brazil agreed to expand trade in their own currencies.", "en", DAY)
    assert ("CHN", "BRA", "0311") in found and not any(code == "163" for _, _, code in found)


def test_a_cut_of_energy_goods_stays_a_cut_of_aid() -> None:
    assert ("RUS", "UKR", "1621") in triples("Russia halted gas exports to Ukraine on Monday.", "en", DAY)
