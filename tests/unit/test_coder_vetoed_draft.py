"""Text coder, coder 0.3.45: a Spanish draft resolution vetoed in a council is aimed at its drafter.

"vetó en el Consejo de Seguridad de la ONU un proyecto de resolución presentado por Estados Unidos": the council only
hosts the draft ("un proyecto de resolución" after it, as "draft resolution" in English), so the veto is aimed at the
state that presented it, not at the United Nations.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _dyads(text: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.target.code if e.target else None, e.cameo)
            for e in code_text(text, dt.date(2024, 8, 2), language="es") if not e.negated}


@pytest.mark.parametrize("draft", ["un proyecto de resolución", "una resolución", "el borrador"])
def test_the_veto_is_aimed_at_the_drafter_not_the_council(draft: str) -> None:
    dyads = _dyads(f"China vetó en el Consejo de Seguridad de la ONU {draft} presentado por Francia.")
    assert ("CHN", "FRA", "FRAGOV", "129") in dyads, dyads
    assert not any(d[2] == "IGOUNO" for d in dyads), dyads
