"""Violent verbs that are no violence: a figure reached ("trade hit a record $240 billion"), sanctions or a law
broken ("acusado de violar las sanciones europeas"), a reply told apart ("retaliating for sanctions that Washington
imposed"). Missiles that hit a city and a ceasefire broken stay violence.

Sentences written for these tests (not taken from any evaluation set). Guard: without the three figurative rows
the record, the breach and the reply code 190.
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Trade between China and Russia hit a record $240 billion last year, customs data showed."),
    ("en", "Exports from Russia to India hit an all-time high in March."),
    ("es", "El Gobierno británico acusó al petrolero iraní de violar las sanciones contra Siria."),
    ("en", "Russia expelled ten U.S. diplomats, retaliating for sanctions that Washington imposed."),
])
def test_no_violence_in_a_figure_a_breach_or_a_reply(language: str, text: str) -> None:
    assert not any(t[2][:2] == "19" for t in triples(text, language))


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Russian missiles hit a power plant near Kyiv.", ("RUS", "UKR", "19")),
    ("es", "Israel acusó a Hamás de violar el alto el fuego y bombardeó Gaza.", ("ISR", "PSE", "19")),
])
def test_attacks_stay_attacks(language: str, text: str, expected: tuple[str, str, str]) -> None:
    assert any(t[:2] == expected[:2] and t[2].startswith(expected[2]) for t in triples(text, language))
