"""Text coder, coder 0.3.36: leaders who "signed a joint statement" (or a statement or joint declaration) signed a
formal agreement (057 both ways), as a signed declaration or communiqué already was; issuing a statement is no
agreement.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _codes(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2018, 6, 12), "en")}


def test_a_signed_joint_statement_is_an_agreement() -> None:
    codes = _codes("Donald Trump and Kim Jong Un signed a joint statement at their summit in Singapore on Tuesday.")
    assert {("USA", "PRK", "057"), ("PRK", "USA", "057")} <= codes


def test_an_issued_statement_is_no_agreement() -> None:
    codes = _codes("Russia and China issued a statement on the Korean peninsula.")
    assert not any(code == "057" for _, _, code in codes)
