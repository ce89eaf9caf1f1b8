"""Text coder, coder 0.3.35: force against a nationality's civilians ("Saudi border guards killed hundreds of
Ethiopian migrants", "mataron a cientos de migrantes etíopes") is aimed at their state, as a mass expulsion of
them already was (201): the killed nationals stand for their country (no sector) in that event. Force against the
doer's own civilians stays as it was.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _targets(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target.country, e.target.sector)
            for e in code_text(text, dt.date(2023, 8, 21), language) if e.target and e.cameo[:2] in ("18", "19", "20")}


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("Saudi border guards killed hundreds of Ethiopian migrants trying to cross from Yemen.", "en", ("SAU", "ETH")),
    ("Iranian border guards shot dead ten Afghan migrants.", "en", ("IRN", "AFG")),
    ("Guardias fronterizos saudíes mataron a cientos de migrantes etíopes.", "es", ("SAU", "ETH")),
])
def test_killed_nationals_stand_for_their_state(text: str, language: str, pair: tuple) -> None:
    assert (*pair, None) in _targets(text, language)


def test_a_states_own_civilians_keep_their_sector() -> None:
    assert not any(t[2] is None for t in _targets("Syrian troops killed dozens of Syrian civilians in Homs.", "en"))
