"""Text coder, coder 0.3.24: people swapped between states, athletes among them.

- "canjearon ... a la baloncestista X por el traficante Y": "canjear"/"intercambiar" with the personal "a" swaps
  people, a release both ways (084), where only "canjearon prisioneros" was read; "canjeó petróleo por alimentos"
  stays no release;
- "swapped basketball star X for arms dealer Y": people named by what they do (star, journalist, pilot, dealer ...)
  are swapped, not bartered (061), and a sports word no longer discards a sentence that says people were
  swapped, freed, released, detained or jailed; a match report is still discarded.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Rusia y Estados Unidos canjearon en el aeropuerto de Abu Dabi a la baloncestista Brittney Griner por el "
     "traficante de armas ruso Víktor Bout.", "es"),
    ("Russia and the United States swapped basketball star Brittney Griner for arms dealer Viktor Bout.", "en"),
])
def test_people_swapped_are_released_both_ways(text: str, language: str) -> None:
    assert _events(text, language) == {("RUS", "USA", "084"), ("USA", "RUS", "084")}


def test_goods_swapped_are_no_release() -> None:
    assert not any(code.startswith("08") for *_, code in
                   _events("Venezuela canjeó petróleo por alimentos con Brasil.", "es"))


def test_a_match_report_is_still_discarded() -> None:
    assert _events("Argentina beat Brazil 2-0 in the football World Cup qualifier.", "en") == set()
