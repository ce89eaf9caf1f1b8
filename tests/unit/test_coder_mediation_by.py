"""Text coder, coder 0.3.42: "after mediation by the Vatican", "tras la mediación de Noruega" name a mediator
(045 toward each party), as "with the mediation of" and "brokered by" did.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Nicaragua began freeing 222 prisoners it agreed to release after mediation by the Vatican.", "en"),
    ("Nicaragua comenzó a liberar a 222 presos tras la mediación de la Santa Sede.", "es"),
])
def test_mediation_by_names_the_mediator(text: str, language: str) -> None:
    assert ("VAT", "NIC", "045") in triples(text, language)
