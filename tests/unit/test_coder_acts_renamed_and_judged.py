"""Text coder, coder 0.3.35: "an act" and "remarks" rename the act just told before its judge, as "a decision" and
"a move" did: "seized a British tanker, an act London called piracy", "an act London described as piracy" criticise
the seizer (111 from the namer), as "a move Berlin called incomprehensible" already did.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2019, 7, 20), "en")}


@pytest.mark.parametrize("text", [
    "Iran seized a British tanker in the Gulf, an act London called piracy.",
    "Iran seized a British tanker in the Gulf, an act London described as piracy.",
])
def test_an_act_named_by_its_judge_is_criticised(text: str) -> None:
    assert ("GBR", "IRN", "111") in _events(text)


def test_the_act_itself_is_still_coded() -> None:
    assert any(e[:2] == ("IRN", "GBR") and e[2].startswith("17")
               for e in _events("Iran seized a British tanker in the Gulf, an act London called piracy."))
