"""Text coder, coder 0.3.37: a state named by its kind right after an accusation ("accusing its neighbour of",
"acusó a su vecino de") is the state the previous act was done to, even when the accusation's content names a
group ("support for a separatist movement").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str) -> set[tuple]:
    return triples(text, language, dt.date(2021, 8, 25))


def test_its_neighbour_is_the_state_cut_off() -> None:
    pairs = _pairs("Algeria cut diplomatic ties with Morocco, accusing its neighbour of hostile actions including "
                   "support for a separatist movement.", "en")
    assert ("DZA", "MAR", "112") in pairs


def test_su_vecino_is_the_state_cut_off() -> None:
    pairs = _pairs("Argelia rompió relaciones con Marruecos y acusó a su vecino de acciones hostiles.", "es")
    assert ("DZA", "MAR", "112") in pairs
