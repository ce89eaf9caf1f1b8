"""Text coder, coder 0.3.36: a list of states closed by a relative clause on it ("expelled diplomats from Argentina
and Chile, which had criticized the vote", "de Argentina, Chile y Perú, cuyos gobiernos habían cuestionado ...")
keeps its last state as a target of the main verb: the state right before a relative word is not the next clause's
plain subject. The relative clause's verb takes the whole list as its subject, also after "cuyos/cuyas" + noun.
A list followed by the next clause's own subject still gives that subject up.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 8, 1), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Venezuela expelled diplomats from Argentina, Chile and Peru, which had criticized the vote.", "en"),
    ("Venezuela expelled diplomats from Argentina, Chile and Peru, whose governments had questioned the results.",
     "en"),
    ("Venezuela ordenó la salida de los diplomáticos de Argentina, Chile y Perú, que cuestionaron los resultados.",
     "es"),
    ("Venezuela ordenó la salida de los diplomáticos de Argentina, Chile y Perú, cuyos gobiernos habían "
     "cuestionado la reelección de Maduro.", "es"),
])
def test_every_listed_state_is_expelled_and_criticises(text: str, language: str) -> None:
    pairs = _pairs(text, language)
    for state in ("ARG", "CHL", "PER"):
        assert ("VEN", state, "16") in pairs
        assert (state, "VEN", "11") in pairs


def test_a_state_before_the_next_verb_is_still_its_subject() -> None:
    pairs = _pairs("Russia sent warships to Syria and Iran said it would send troops too.", "en")
    assert ("RUS", "SYR", "07") in pairs
    assert ("RUS", "IRN", "07") not in pairs
