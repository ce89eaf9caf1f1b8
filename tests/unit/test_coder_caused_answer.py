"""Text coder, coder 0.3.36: an act a state is caused to do by another's act ("sailed near Taiwan, prompting
Taipei to put its forces on alert", "lo que llevó a Taipéi a poner sus fuerzas en alerta") and that names no target
of its own answers the causing act's doer, as an act told after "responded by" does. One with its own target
keeps it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 5, 24), language)}


@pytest.mark.parametrize(("text", "language", "answer"), [
    ("Chinese warships sailed near Taiwan, prompting Taipei to put its forces on alert.", "en", ("TWN", "CHN", "15")),
    ("Buques de guerra chinos navegaron cerca de Taiwán, lo que llevó a Taipéi a poner sus fuerzas en alerta.", "es",
     ("TWN", "CHN", "15")),
])
def test_the_caused_act_answers_the_cause(text: str, language: str, answer: tuple) -> None:
    assert answer in _pairs(text, language)


def test_a_caused_act_with_its_own_target_keeps_it() -> None:
    pairs = _pairs("Chinese warships sailed near Taiwan, prompting Taipei to summon Japan's envoy.", "en")
    assert not any(s == "TWN" and t == "CHN" for s, t, _ in pairs)
