"""Text coder, coder 0.3.36: troops that "traded blows" / "intercambiaron golpes" fought each other hand to hand
(182 each way), not traded goods (the dictionary's 062); "exchanged views" stays a consultation.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2022, 12, 13), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Indian and Chinese troops traded blows at Yangtse last Friday, leaving soldiers on both sides injured.", "en"),
    ("Soldados indios y chinos intercambiaron golpes en la frontera del Himalaya.", "es"),
])
def test_traded_blows_is_a_brawl_both_ways(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert {("IND", "CHN", "182"), ("CHN", "IND", "182")} <= codes
    assert not any(code.startswith("06") for _, _, code in codes)


def test_exchanged_views_is_still_a_consultation() -> None:
    assert ("IND", "CHN", "040") in _codes("India and China exchanged views on the border dispute.", "en")
