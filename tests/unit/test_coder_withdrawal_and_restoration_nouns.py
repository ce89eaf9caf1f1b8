"""Text coder, coder 0.3.34: withdrawals from places and restored relations told by nouns or plural places.

"El ejército ruso completó su retirada de las regiones de Kiev y Chernígov", "se retiró de las regiones de Kiev",
"Russian troops completed their withdrawal from the city of Kherson": a withdrawal (087) aimed at the state the
places lie in. "Israel y Turquía anunciaron el restablecimiento de plenas relaciones diplomáticas", "announced the
restoration of full diplomatic relations": diplomatic cooperation both ways (050), as the verb "restablecieron" reads.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2022, 6, 27), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("El ejército ruso completó su retirada de las regiones de Kiev y Chernígov.", "es"),
    ("El ejército ruso se retiró de las regiones de Kiev y Chernígov.", "es"),
    ("Russian troops completed their withdrawal from the city of Kherson.", "en"),
])
def test_a_withdrawal_from_places_is_aimed_at_their_state(text: str, language: str) -> None:
    assert _events(text, language) == {("RUS", "UKR", "087")}


@pytest.mark.parametrize(("text", "language"), [
    ("Israel y Turquía anunciaron el restablecimiento de plenas relaciones diplomáticas.", "es"),
    ("Israel and Turkey announced the restoration of full diplomatic relations.", "en"),
])
def test_restored_relations_are_diplomatic_cooperation_both_ways(text: str, language: str) -> None:
    assert _events(text, language) == {("ISR", "TUR", "050"), ("TUR", "ISR", "050")}
