"""Text coder, coder 0.3.42: "abuses" is the plural noun ("Russia's human rights abuses in Chechnya"), a wrong
named as background or as a protest's ground, not the verb "abuse": it coded the speaker attacking the state named.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def test_abuses_named_as_a_ground_are_no_assault() -> None:
    events = triples("Canada condemned Russia's human rights abuses in Chechnya.", "en", dt.date(2021, 12, 6))
    assert ("CAN", "RUS", "111") in events
    assert not any(code.startswith("18") for _, _, code in events)
