"""Text coder, coder 0.3.36: market demand ("as demand from Chinese smelters recovered", "la demanda de cobre") is
buyers wanting goods, no demand between states; a state's demand of another stays a demand.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _codes(text: str, language: str = "en") -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 4, 30), language)}


def test_market_demand_is_no_event() -> None:
    codes = _codes("Chile and Peru reported lower mine output as demand from Chinese smelters recovered.")
    assert not any(code == "10" for _, _, code in codes)


def test_spanish_market_demand_is_no_event() -> None:
    codes = _codes("Perú celebró la creciente demanda de cobre de China.", "es")
    assert not any(code == "10" for _, _, code in codes)


def test_a_states_demand_stays_a_demand() -> None:
    assert ("USA", "IRN", "10") in _codes("Iran rejected the US demand for an end to uranium enrichment.")
