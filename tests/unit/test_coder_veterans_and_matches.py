"""Text coder, coder 0.3.25: former soldiers and football matches are not states acting.

"exmilitares colombianos", "retired soldiers" named by their nationality are private persons (CVL), not their
state's military; a Spanish football match or qualifier ("disputan ... la clasificación al Mundial", "un partido
amistoso") leaves the sentence without actors, as the English discards do for "football". A tournament that is
boycotted ("boicoteó el Mundial de Qatar") is still a protest.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _states(text: str, language: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)
            if e.source.sector not in ("CVL",)]


@pytest.mark.parametrize(("text", "language"), [
    ("Una docena de exmilitares peruanos participó en el ataque contra el palacio presidencial de Ecuador.", "es"),
    ("Chilean retired soldiers attacked the Bolivian border post overnight.", "en"),
    ("Uruguay y Paraguay disputan este jueves en Montevideo un partido clave para la clasificación al Mundial.",
     "es"),
    ("Chile y Perú disputarán un partido amistoso en Lima, informó la federación.", "es"),
])
def test_no_state_acts(text: str, language: str) -> None:
    assert _states(text, language) == []


def test_a_boycotted_tournament_is_still_a_protest() -> None:
    assert ("RUS", "QAT", "143") in _states("Rusia boicoteó el Mundial de Qatar.", "es")
