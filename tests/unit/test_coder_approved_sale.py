"""Text coder, coder 0.3.45: approving a (possible) sale is an intent to provide what is sold.

"The State Department approved the possible sale of F-16 jets to Taiwan", "aprobó la posible venta a Taiwán de
tanques": an intent to provide military aid (0332, by the object), not the bare verb's concession (08). A loan
approved stays economic aid (071), as before.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2024, 5, 2), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("The State Department approved the sale of 40 Patriot missiles to Poland.", "en"),
    ("The State Department approved the possible sale of 40 Patriot missiles to Poland.", "en"),
    ("Washington approved a possible $2 billion sale of anti-ship missiles to Poland.", "en"),
    ("El Departamento de Estado aprobó la posible venta a Polonia de 40 misiles Patriot.", "es"),
])
def test_an_approved_arms_sale_is_an_intent_to_provide_military_aid(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert ("USA", "POL", "0332") in codes, codes
    assert not any(c[2].startswith("08") for c in codes), codes


def test_an_approved_loan_stays_economic_aid() -> None:
    assert ("USA", "POL", "071") in _codes("Washington approved a loan to Poland.", "en")
