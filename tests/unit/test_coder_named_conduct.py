"""Text coder, coder 0.3.34: naming another state's conduct in one's own words accuses it (112).

"announced a diplomatic boycott over what it called China's genocide in Xinjiang": the United States accuses China
besides boycotting; "citing what Baku called France's anti-Azerbaijani stance": Azerbaijan accuses France. A state
named without a possessive ("over what it called lapses in Xinjiang, China's western region") is no accused owner
(a guard; since coder 0.3.37 a sanction "over ... abuses" accuses its target by the penalty-reason rule, so the
guard names no wrong).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2021, 12, 6), "en")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Biden administration announced a diplomatic boycott of the Beijing Winter Olympics over what it called "
     "China's genocide in Xinjiang.", ("USA", "CHN", "112")),
    ("Ilham Aliyev pulled out of a summit in Granada, citing what Baku called France's anti-Azerbaijani stance.",
     ("AZE", "FRA", "112")),
])
def test_the_named_conduct_is_an_accusation(text: str, expected: tuple) -> None:
    assert expected in _events(text)


def test_no_possessive_names_no_owner() -> None:
    found = _events("Washington imposed sanctions over what it called lapses in Xinjiang, China's western region.")
    assert not any(code == "112" for _, _, code in found)
