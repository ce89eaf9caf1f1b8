"""Text coder, coder 0.3.25: exports are trade.

"Israel began exporting natural gas to Egypt", "comenzó a exportar gas natural a Egipto": selling abroad is
material cooperation (061), as a sale is, not aid (the dictionaries' "export" block read it as aid, 07x).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("Norway began exporting natural gas to Poland through the new pipeline.", "en"),
    ("Noruega comenzó a exportar gas natural a Polonia por el nuevo gasoducto.", "es"),
])
def test_exports_are_trade_not_aid(text: str, language: str) -> None:
    events = [(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)]
    assert ("NOR", "POL", "061") in events
    assert not any(code.startswith("07") for _, _, code in events)
