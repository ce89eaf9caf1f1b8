"""Text coder, coder 0.3.34: "the countries of the EU" / "los países de la Unión Europea" closing a list of
actors keeps the list whole.

"Los representantes de Ucrania, Estados Unidos y los países de la Unión Europea abandonaron la sala cuando ...
Lavrov inició su intervención": Ukraine and the United States walked out too (143 each), not only the EU's
members; before, the members' words cut the list after its last comma. (English "the member states of" still
starts the subject window after "states": left as it is.)

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2022, 3, 1), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Los representantes de Ucrania, Estados Unidos y los países de la Unión Europea abandonaron la sala cuando el "
     "canciller ruso, Serguéi Lavrov, inició su intervención.", "es"),
    ("Ukraine, the United States and the countries of the European Union walked out of the hall "
     "when Russian Foreign Minister Sergei Lavrov began to speak.", "en"),
])
def test_every_state_of_the_list_walks_out(text: str, language: str) -> None:
    found = _events(text, language)
    assert {("UKR", "RUS"), ("USA", "RUS")} <= {(s, t) for s, t, code in found if code.startswith("14")}
