"""Text coder, coder 0.3.34: what analysts or experts say a state could do is a guess, and "believe that" frames
an opinion.

- "Analysts in Tokyo said North Korea could fire another missile over Japan", "Analistas creen que Rusia podría
  aumentar sus envíos de petróleo a Cuba", "Experts say China might supply weapons": a possibility weighed by
  pundits, no act, threat or intent (the sentence reports no event between the states). The same modal said by
  no pundit keeps its reading ("North Korea could fire a missile over Japan" stays a threat).
- "creen que", "cree que", "believes that": an opinion framing the clause after it, not support (051) for
  anyone; the clause after it is coded on its own.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2023, 9, 1), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Analysts in Tokyo said North Korea could fire another ballistic missile over Japan in the coming weeks.", "en"),
    ("Analistas creen que Rusia podría aumentar sus envíos de petróleo a Cuba.", "es"),
    ("Economistas estiman que China podría reducir sus compras de soja a Brasil.", "es"),
])
def test_a_pundits_guess_is_no_event(text: str, language: str) -> None:
    assert _events(text, language) == set()


def test_the_same_modal_without_pundits_stays_a_threat() -> None:
    assert ("PRK", "JPN", "138") in _events("North Korea could fire another ballistic missile over Japan.", "en")


def test_believing_that_is_no_support() -> None:
    assert _events("El Gobierno cubano cree que Rusia enviará petróleo a Cuba.", "es") == {("RUS", "CUB", "0331")}
