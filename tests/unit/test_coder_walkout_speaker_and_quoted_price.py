"""Text coder, coder 0.3.36: a walkout "cuando tomó la palabra el representante del gobierno de Nicolás Maduro"
(the speaker after the verb and its object, as Spanish often orders it) is aimed at the speaker's state, not the
hall's organisation; "said Russia would pay 'a terrible price'" is a threat with the price in quotation marks too.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2019, 6, 27), language)}


def test_walkout_when_the_speaker_follows_its_verb() -> None:
    pairs = _pairs("Los cancilleres de Argentina y Chile se retiraron de la sala de la Asamblea General de la OEA "
                   "cuando tomó la palabra el representante del gobierno de Nicolás Maduro.", "es")
    assert {("ARG", "VEN", "14"), ("CHL", "VEN", "14")} <= pairs


def test_walkout_with_no_speaker_keeps_the_organisation() -> None:
    pairs = _pairs("Los cancilleres de Argentina y Chile se retiraron de la Asamblea General de la OEA.", "es")
    assert not any(t == "VEN" for _, t, _ in pairs)


def test_a_quoted_price_is_still_a_threat() -> None:
    for quoted in ("'a terrible price'", '"a heavy price"', "\u201ca heavy price\u201d"):
        text = f"Joe Biden said Russia would pay {quoted} if Vladimir Putin ordered an invasion."
        assert ("USA", "RUS", "13") in _pairs(text, "en"), quoted
