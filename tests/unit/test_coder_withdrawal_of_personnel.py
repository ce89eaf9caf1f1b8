"""Text coder, coder 0.3.36: "the withdrawal of its military personnel from the Maldives", "la retirada de sus
efectivos de Siria": personnel and "efectivos" are troops for a withdrawal told by a noun (087), as "troops" and
"tropas" were; a withdrawal of diplomats is no military withdrawal.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2024, 5, 10), language)}


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("India completed the withdrawal of its military personnel from the Maldives on Friday.", "en", ("IND", "MDV")),
    ("Rusia anunció la retirada de sus efectivos de Siria.", "es", ("RUS", "SYR")),
])
def test_withdrawn_personnel_is_a_military_withdrawal(text: str, language: str, pair: tuple) -> None:
    assert (*pair, "087") in _codes(text, language)


def test_withdrawn_diplomats_are_no_military_withdrawal() -> None:
    assert not any(code == "087" for _, _, code in _codes("India completed the withdrawal of its diplomats from "
                                                           "the Maldives.", "en"))
