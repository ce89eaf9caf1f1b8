"""Text coder, coder 0.3.45: reaching an agreement is agreeing (030); striking, sealing or concluding one is signing
a formal agreement (057), as before. The Spanish "alcanzaron un acuerdo" keeps 057 (see docs/coder.md, "Tried and left
out in 0.3.45").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str = "en") -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2024, 5, 2), language=language) if not e.negated}


@pytest.mark.parametrize("noun", ["an agreement", "a deal", "an accord"])
def test_reaching_an_agreement_is_agreeing(noun: str) -> None:
    codes = _codes(f"Peru and Ecuador reached {noun} on fishing rights.")
    assert {("PER", "ECU", "030"), ("ECU", "PER", "030")} <= codes, codes
    assert not any(c[2] == "057" for c in codes), codes


@pytest.mark.parametrize("verb", ["struck", "sealed", "concluded"])
def test_striking_or_sealing_an_agreement_stays_a_formal_agreement(verb: str) -> None:
    codes = _codes(f"Peru and Ecuador {verb} an agreement on fishing rights.")
    assert ("PER", "ECU", "057") in codes, codes
