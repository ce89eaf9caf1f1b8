"""Text coder, coder 0.3.42: Spanish infinitives the agent table lists as actors ("publicar" as media, "gobernar"
as government, "espiar" as intelligence) are no actors: "el Consejo Nacional Electoral venezolano publicar las
actas" had named a Venezuelan medium as the one asked.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.actors import find_actors, fold


@pytest.mark.parametrize("text", [
    "Brasil pidió al consejo electoral venezolano publicar las actas de votación.",
    "Chile pidió al gobierno peruano espiar menos a sus vecinos.",
])
def test_an_infinitive_after_a_demonym_is_no_actor(text: str) -> None:
    found = find_actors(text, None, "es", fold(text))
    assert not any(m.sector in ("MED", "SPY") for m in found)
