"""Text coder, coder 0.3.37: a verb joined by "but"/"pero" with no subject of its own ("ruled out sending troops to
defend Ukraine against a Russian invasion but warned Vladimir Putin of consequences") has the subject of the verb
before it, not the owner of a noun in between ("a Russian invasion").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str = "en") -> set[tuple]:
    return {(s, t, code[:2]) for s, t, code in triples(text, language, dt.date(2021, 12, 8))}


def test_but_keeps_the_first_verbs_subject() -> None:
    pairs = _pairs("Joe Biden ruled out sending U.S. troops to defend Ukraine against a Russian invasion but warned "
                   "Vladimir Putin of severe economic consequences if Moscow attacked its neighbour.")
    assert ("USA", "RUS", "13") in pairs


def test_pero_keeps_the_first_verbs_subject() -> None:
    pairs = _pairs("Iván Duque descartó una intervención rusa en Venezuela pero advirtió a Nicolás Maduro contra "
                   "nuevas provocaciones.", "es")
    assert ("COL", "VEN", "13") in pairs
