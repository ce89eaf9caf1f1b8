"""Text coder, coder 0.3.38: what a denied or dismissed report says did not happen: "denied reports that Russia had
sent troops to Venezuela", "dismissed reports that the United States was pressuring Kyiv", "rejected claims that
Russian hackers attacked the parliament" code those acts negated, as "denied that" already did.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text

DAY = dt.date(2019, 3, 25)


@pytest.mark.parametrize(("text", "pair"), [
    ("The Kremlin denied U.S. intelligence reports that Russia had sent troops to Venezuela.", ("RUS", "VEN")),
    ("Blinken dismissed reports that the United States was pressuring Ukraine into talks.", ("USA", "UKR")),
    ("Moscow rejected claims that Russian hackers attacked the German parliament.", ("RUS", "DEU")),
])
def test_a_denied_report_tells_no_act(text: str, pair: tuple) -> None:
    told = [e for e in code_text(text, DAY, "en") if (e.source.country, e.target and e.target.country) == pair
            and e.cameo[:2] not in ("11", "12")]
    assert told and all(e.negated for e in told)
