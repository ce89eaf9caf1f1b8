"""Text coder, coder 0.3.37: a passive expulsion with no "by" agent is done by the state the expelled must leave
("Twenty-three Russian diplomats were expelled from Britain", "fueron expulsados del Reino Unido"); people recalled
"from London" are not expelled by Britain.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str = "en") -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2018, 3, 14))}


def test_expelled_from_britain() -> None:
    assert ("GBR", "RUS", "16") in _pairs("Twenty-three Russian diplomats were expelled from Britain on Wednesday.")


def test_expulsados_del_reino_unido() -> None:
    assert ("GBR", "RUS", "16") in _pairs("Veintitrés diplomáticos rusos fueron expulsados del Reino Unido.", "es")


def test_recalled_from_london_is_no_british_act() -> None:
    assert not any(s == "GBR" for s, _, _ in _pairs("Russian diplomats were recalled from London."))
