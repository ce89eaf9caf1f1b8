"""Text coder, coder 0.3.22: talks two states begin, resume or hold together.

"Russia and Ukraine began negotiations" had coded nothing: the noun took only the state right before the verb
("Ukraine began" read like "Ukraine's"), so the talks had one party. An inflected English word between a name and
a noun is a verb, the noun's parties are its subject's states, an -s word right after a past form is a plural
noun ("resumed talks", not the verb "talks"), and "negociaciones" is a noun of talks like "conversaciones".

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Peru and Ecuador began negotiations in Lima.", "en"),
    ("Peru and Ecuador resumed talks.", "en"),
    ("Perú y Ecuador iniciaron negociaciones en Lima.", "es"),
    ("Perú y Ecuador celebraron una nueva ronda de negociaciones.", "es"),
    ("Perú inició negociaciones con Ecuador.", "es"),
])
def test_states_that_begin_talks_together_talk_with_each_other(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert {("PER", "ECU", "04"), ("ECU", "PER", "04")} <= codes, codes


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. economic sanctions on Cuba hurt its economy.", ("USA", "CUB", "16")),
    ("Peru's new sanctions on Ecuador took effect.", ("PER", "ECU", "16")),
])
def test_an_owner_before_a_noun_still_owns_it(text: str, expected: tuple) -> None:
    assert expected in _codes(text, "en")


@pytest.mark.parametrize("text", [
    "Tras reunirse con el canciller ecuatoriano, el presidente peruano viajó a Lima.",
    "Después de visitar Quito, el canciller peruano volvió a Lima.",
])
def test_a_fronted_spanish_infinitive_takes_the_main_subject(text: str) -> None:
    """Coder 0.3.22: "Tras reunirse con X," / "Después de visitar X," open the sentence with no subject of their
    own, like "Al recibir a X," and the English "After meeting X,": the main clause's subject met or visited."""
    assert ("PER", "ECU", "04") in _codes(text, "es")


@pytest.mark.parametrize(("text", "language"), [
    ("Bolivia called for talks between Peru and Ecuador.", "en"),
    ("Bolivia pidió conversaciones entre Perú y Ecuador.", "es"),
])
def test_talks_called_for_between_others_are_an_appeal(text: str, language: str) -> None:
    """Coder 0.3.22: calling for talks between two others asks them to meet (026); it is no offer to meet (036)."""
    codes = _codes(text, language)
    assert {("BOL", "PER", "02"), ("BOL", "ECU", "02")} <= codes and not any(c[2] == "03" for c in codes), codes


def test_talks_called_for_with_a_partner_stay_an_offer() -> None:
    assert ("BOL", "PER", "03") in _codes("Bolivia called for talks with Peru.", "en")
